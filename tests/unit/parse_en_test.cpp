// Acceptance tests for figura::parse on English expressions. Table-driven; expected readings come
// from docs/DESIGN.md ("A figure", "Stated precision", "Qualifiers", "Numbers and scale words",
// "Currencies"), the research notes' real-world cases and the parser issue, not from the parser.
//
// Interval conventions under test: exact with a scale word -> [v - r/2, v + r/2) where r is the unit
// of the last written digit times the scale; exact without a scale word -> [v, v]; lt -> [0, v);
// le -> [0, v]; gt -> (v, +inf); ge -> [v, +inf); approx -> [lo - t*v, hi + t*v] with the tolerance
// t set to 0.1 here; a range spans low.lower .. high.upper.

#include "parse_table.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace {

using namespace figura_test;
using enum figura::figure_kind;
using enum figura::qualifier;

figura::parse_options english() {
    figura::parse_options options;
    options.lang = figura::language::en;
    options.approx_tolerance = dec("0.1");
    return options;
}

// {input, kind, value, currency, source, qualifier, bounds, range high}
constexpr parse_row rows[] = {
    {"$2,005", money, "2005", "USD", cs::symbol, exact, "[2005, 2005]", ""},
    {"$1,000", money, "1000", "USD", cs::symbol, exact, "[1000, 1000]", ""},
    {"$1,000,000", money, "1000000", "USD", cs::symbol, exact, "[1000000, 1000000]", ""},
    {"$12,345,678", money, "12345678", "USD", cs::symbol, exact, "[12345678, 12345678]", ""},
    {"$2,500,000", money, "2500000", "USD", cs::symbol, exact, "[2500000, 2500000]", ""},
    {"$1,000.5", money, "1000.5", "USD", cs::symbol, exact, "[1000.5, 1000.5]", ""},
    {"$12,345,678.90", money, "12345678.9", "USD", cs::symbol, exact, "[12345678.9, 12345678.9]", ""},
    {"$0.5", money, "0.5", "USD", cs::symbol, exact, "[0.5, 0.5]", ""},
    {"$25.3", money, "25.3", "USD", cs::symbol, exact, "[25.3, 25.3]", ""},
    {"$7", money, "7", "USD", cs::symbol, exact, "[7, 7]", ""},
    {"$100", money, "100", "USD", cs::symbol, exact, "[100, 100]", ""},
    {"$0.99", money, "0.99", "USD", cs::symbol, exact, "[0.99, 0.99]", ""},
    {"US$30,000", money, "30000", "USD", cs::symbol, exact, "[30000, 30000]", ""},
    {"US$1,234.56", money, "1234.56", "USD", cs::symbol, exact, "[1234.56, 1234.56]", ""},
    {"HK$1,250", money, "1250", "HKD", cs::symbol, exact, "[1250, 1250]", ""},
    {"S$120", money, "120", "SGD", cs::symbol, exact, "[120, 120]", ""},
    {"A$99.95", money, "99.95", "AUD", cs::symbol, exact, "[99.95, 99.95]", ""},
    {"C$1,000", money, "1000", "CAD", cs::symbol, exact, "[1000, 1000]", ""},
    {"€22.90", money, "22.9", "EUR", cs::symbol, exact, "[22.9, 22.9]", ""},
    {"€1,000,000", money, "1000000", "EUR", cs::symbol, exact, "[1000000, 1000000]", ""},
    {"£3.50", money, "3.5", "GBP", cs::symbol, exact, "[3.5, 3.5]", ""},
    {"£250,000", money, "250000", "GBP", cs::symbol, exact, "[250000, 250000]", ""},
    {"¥500", money, "500", "JPY", cs::symbol, exact, "[500, 500]", ""},
    {"¥12,000", money, "12000", "JPY", cs::symbol, exact, "[12000, 12000]", ""},
    {"￥500", money, "500", "CNY", cs::symbol, exact, "[500, 500]", ""},
    {"￥8,888", money, "8888", "CNY", cs::symbol, exact, "[8888, 8888]", ""},
    {"₫1,500,000", money, "1500000", "VND", cs::symbol, exact, "[1500000, 1500000]", ""},
    {"500€", money, "500", "EUR", cs::symbol, exact, "[500, 500]", ""},
    {"USD 200", money, "200", "USD", cs::code, exact, "[200, 200]", ""},
    {"USD200", money, "200", "USD", cs::code, exact, "[200, 200]", ""},
    {"200 USD", money, "200", "USD", cs::code, exact, "[200, 200]", ""},
    {"200USD", money, "200", "USD", cs::code, exact, "[200, 200]", ""},
    {"USD 1,000,000", money, "1000000", "USD", cs::code, exact, "[1000000, 1000000]", ""},
    {"RMB 5,000", money, "5000", "CNY", cs::code, exact, "[5000, 5000]", ""},
    {"Rmb5,000", money, "5000", "CNY", cs::code, exact, "[5000, 5000]", ""},
    {"5,000 RMB", money, "5000", "CNY", cs::code, exact, "[5000, 5000]", ""},
    {"CNY 88.88", money, "88.88", "CNY", cs::code, exact, "[88.88, 88.88]", ""},
    {"88.88 CNY", money, "88.88", "CNY", cs::code, exact, "[88.88, 88.88]", ""},
    {"EUR 29.99", money, "29.99", "EUR", cs::code, exact, "[29.99, 29.99]", ""},
    {"45.5 EUR", money, "45.5", "EUR", cs::code, exact, "[45.5, 45.5]", ""},
    {"GBP 3.01", money, "3.01", "GBP", cs::code, exact, "[3.01, 3.01]", ""},
    {"JPY 1,000", money, "1000", "JPY", cs::code, exact, "[1000, 1000]", ""},
    {"VND 50,000", money, "50000", "VND", cs::code, exact, "[50000, 50000]", ""},
    {"HKD 1,000", money, "1000", "HKD", cs::code, exact, "[1000, 1000]", ""},
    {"3,000 HKD", money, "3000", "HKD", cs::code, exact, "[3000, 3000]", ""},
    {"SGD 250", money, "250", "SGD", cs::code, exact, "[250, 250]", ""},
    {"CHF 1,200", money, "1200", "CHF", cs::code, exact, "[1200, 1200]", ""},
    {"1,200 CHF", money, "1200", "CHF", cs::code, exact, "[1200, 1200]", ""},
    {"1,000 yuan", money, "1000", "CNY", cs::name, exact, "[1000, 1000]", ""},
    {"800 renminbi", money, "800", "CNY", cs::name, exact, "[800, 800]", ""},
    {"1,500 dollars", money, "1500", "USD", cs::name, exact, "[1500, 1500]", ""},
    {"1 dollar", money, "1", "USD", cs::name, exact, "[1, 1]", ""},
    {"2,000 euros", money, "2000", "EUR", cs::name, exact, "[2000, 2000]", ""},
    {"1 euro", money, "1", "EUR", cs::name, exact, "[1, 1]", ""},
    {"5,000 yen", money, "5000", "JPY", cs::name, exact, "[5000, 5000]", ""},
    {"1,000,000 dong", money, "1000000", "VND", cs::name, exact, "[1000000, 1000000]", ""},
    {"300 British pounds", money, "300", "GBP", cs::name, exact, "[300, 300]", ""},
    {"250 US dollars", money, "250", "USD", cs::name, exact, "[250, 250]", ""},
    {"99.50 Chinese yuan", money, "99.5", "CNY", cs::name, exact, "[99.5, 99.5]", ""},
    {"1,000 Hong Kong dollars", money, "1000", "HKD", cs::name, exact, "[1000, 1000]", ""},
    {"$10k", money, "10000", "USD", cs::symbol, exact, "[9500, 10500)", ""},
    {"$250k", money, "250000", "USD", cs::symbol, exact, "[249500, 250500)", ""},
    {"£50k", money, "50000", "GBP", cs::symbol, exact, "[49500, 50500)", ""},
    {"€1.5k", money, "1500", "EUR", cs::symbol, exact, "[1450, 1550)", ""},
    {"10k yuan", money, "10000", "CNY", cs::name, exact, "[9500, 10500)", ""},
    {"$10K", money, "10000", "USD", cs::symbol, exact, "[9500, 10500)", ""},
    {"$10 thousand", money, "10000", "USD", cs::symbol, exact, "[9500, 10500)", ""},
    {"500 thousand yuan", money, "500000", "CNY", cs::name, exact, "[499500, 500500)", ""},
    {"10 thousand euros", money, "10000", "EUR", cs::name, exact, "[9500, 10500)", ""},
    {"USD 25 thousand", money, "25000", "USD", cs::code, exact, "[24500, 25500)", ""},
    {"$6m", money, "6000000", "USD", cs::symbol, exact, "[5500000, 6500000)", ""},
    {"$6.5m", money, "6500000", "USD", cs::symbol, exact, "[6450000, 6550000)", ""},
    {"$0.5m", money, "500000", "USD", cs::symbol, exact, "[450000, 550000)", ""},
    {"$999m", money, "999000000", "USD", cs::symbol, exact, "[998500000, 999500000)", ""},
    {"$1,500m", money, "1500000000", "USD", cs::symbol, exact, "[1499500000, 1500500000)", ""},
    {"£1m", money, "1000000", "GBP", cs::symbol, exact, "[500000, 1500000)", ""},
    {"€2.5m", money, "2500000", "EUR", cs::symbol, exact, "[2450000, 2550000)", ""},
    {"200m yuan", money, "200000000", "CNY", cs::name, exact, "[199500000, 200500000)", ""},
    {"Rmb200m", money, "200000000", "CNY", cs::code, exact, "[199500000, 200500000)", ""},
    {"HK$300m", money, "300000000", "HKD", cs::symbol, exact, "[299500000, 300500000)", ""},
    {"$5M", money, "5000000", "USD", cs::symbol, exact, "[4500000, 5500000)", ""},
    {"$500mn", money, "500000000", "USD", cs::symbol, exact, "[499500000, 500500000)", ""},
    {"300mn yuan", money, "300000000", "CNY", cs::name, exact, "[299500000, 300500000)", ""},
    {"€1.2mn", money, "1200000", "EUR", cs::symbol, exact, "[1150000, 1250000)", ""},
    {"€300 mln", money, "300000000", "EUR", cs::symbol, exact, "[299500000, 300500000)", ""},
    {"$2.5 mln", money, "2500000", "USD", cs::symbol, exact, "[2450000, 2550000)", ""},
    {"100 mln yuan", money, "100000000", "CNY", cs::name, exact, "[99500000, 100500000)", ""},
    {"$6 million", money, "6000000", "USD", cs::symbol, exact, "[5500000, 6500000)", ""},
    {"40 million USD", money, "40000000", "USD", cs::code, exact, "[39500000, 40500000)", ""},
    {"US$282.1 million", money, "282100000", "USD", cs::symbol, exact, "[282050000, 282150000)", ""},
    {"20 million yuan", money, "20000000", "CNY", cs::name, exact, "[19500000, 20500000)", ""},
    {"USD34.6 million", money, "34600000", "USD", cs::code, exact, "[34550000, 34650000)", ""},
    {"USD0.92 million", money, "920000", "USD", cs::code, exact, "[915000, 925000)", ""},
    {"GBP 27 million", money, "27000000", "GBP", cs::code, exact, "[26500000, 27500000)", ""},
    {"1.5 million dollars", money, "1500000", "USD", cs::name, exact, "[1450000, 1550000)", ""},
    {"€116.5 million", money, "116500000", "EUR", cs::symbol, exact, "[116450000, 116550000)", ""},
    {"RM10 million", money, "10000000", "MYR", cs::any, exact, "[9500000, 10500000)", ""},
    {"3 million euros", money, "3000000", "EUR", cs::name, exact, "[2500000, 3500000)", ""},
    {"$14bn", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"$14.2bn", money, "14200000000", "USD", cs::symbol, exact, "[14150000000, 14250000000)", ""},
    {"$14.0bn", money, "14000000000", "USD", cs::symbol, exact, "[13950000000, 14050000000)", ""},
    {"$14.25bn", money, "14250000000", "USD", cs::symbol, exact, "[14245000000, 14255000000)", ""},
    {"$1.50bn", money, "1500000000", "USD", cs::symbol, exact, "[1495000000, 1505000000)", ""},
    {"$1.234bn", money, "1234000000", "USD", cs::symbol, exact, "[1233500000, 1234500000)", ""},
    {"$0.5bn", money, "500000000", "USD", cs::symbol, exact, "[450000000, 550000000)", ""},
    {"$100bn", money, "100000000000", "USD", cs::symbol, exact, "[99500000000, 100500000000)", ""},
    {"$100.0bn", money, "100000000000", "USD", cs::symbol, exact, "[99950000000, 100050000000)", ""},
    {"$1,000bn", money, "1000000000000", "USD", cs::symbol, exact, "[999500000000, 1000500000000)", ""},
    {"$81bn", money, "81000000000", "USD", cs::symbol, exact, "[80500000000, 81500000000)", ""},
    {"$14 bn", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"US$14bn", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"HK$1.2bn", money, "1200000000", "HKD", cs::symbol, exact, "[1150000000, 1250000000)", ""},
    {"S$3bn", money, "3000000000", "SGD", cs::symbol, exact, "[2500000000, 3500000000)", ""},
    {"A$5bn", money, "5000000000", "AUD", cs::symbol, exact, "[4500000000, 5500000000)", ""},
    {"C$2.5bn", money, "2500000000", "CAD", cs::symbol, exact, "[2450000000, 2550000000)", ""},
    {"£1bn", money, "1000000000", "GBP", cs::symbol, exact, "[500000000, 1500000000)", ""},
    {"€2bn", money, "2000000000", "EUR", cs::symbol, exact, "[1500000000, 2500000000)", ""},
    {"¥100bn", money, "100000000000", "JPY", cs::symbol, exact, "[99500000000, 100500000000)", ""},
    {"￥100bn", money, "100000000000", "CNY", cs::symbol, exact, "[99500000000, 100500000000)", ""},
    {"₩5,000bn", money, "5000000000000", "KRW", cs::symbol, exact, "[4999500000000, 5000500000000)", ""},
    {"100bn yuan", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"1bn yuan", money, "1000000000", "CNY", cs::name, exact, "[500000000, 1500000000)", ""},
    {"2.5bn renminbi", money, "2500000000", "CNY", cs::name, exact, "[2450000000, 2550000000)", ""},
    {"14bn dollars", money, "14000000000", "USD", cs::name, exact, "[13500000000, 14500000000)", ""},
    {"5bn euros", money, "5000000000", "EUR", cs::name, exact, "[4500000000, 5500000000)", ""},
    {"300bn yen", money, "300000000000", "JPY", cs::name, exact, "[299500000000, 300500000000)", ""},
    {"500bn dong", money, "500000000000", "VND", cs::name, exact, "[499500000000, 500500000000)", ""},
    {"Rmb100bn", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"Rmb500bn", money, "500000000000", "CNY", cs::code, exact, "[499500000000, 500500000000)", ""},
    {"RMB100bn", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"CNY 100bn", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"CNY100bn", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"100bn CNY", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"USD 14bn", money, "14000000000", "USD", cs::code, exact, "[13500000000, 14500000000)", ""},
    {"EUR5bn", money, "5000000000", "EUR", cs::code, exact, "[4500000000, 5500000000)", ""},
    {"$14b", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"$2.5b", money, "2500000000", "USD", cs::symbol, exact, "[2450000000, 2550000000)", ""},
    {"100b yuan", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"$14B", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"$ 1.8 bln", money, "1800000000", "USD", cs::symbol, exact, "[1750000000, 1850000000)", ""},
    {"€5 bln", money, "5000000000", "EUR", cs::symbol, exact, "[4500000000, 5500000000)", ""},
    {"2 bln yuan", money, "2000000000", "CNY", cs::name, exact, "[1500000000, 2500000000)", ""},
    {"$14 billion", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"US$4.7 billion", money, "4700000000", "USD", cs::symbol, exact, "[4650000000, 4750000000)", ""},
    {"US$1.75 billion", money, "1750000000", "USD", cs::symbol, exact, "[1745000000, 1755000000)", ""},
    {"US$213.42 billion", money, "213420000000", "USD", cs::symbol, exact, "[213415000000, 213425000000)", ""},
    {"€2 billion", money, "2000000000", "EUR", cs::symbol, exact, "[1500000000, 2500000000)", ""},
    {"100 billion yuan", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"607.1 billion yuan", money, "607100000000", "CNY", cs::name, exact, "[607050000000, 607150000000)", ""},
    {"VND4,927 billion", money, "4927000000000", "VND", cs::code, exact, "[4926500000000, 4927500000000)", ""},
    {"14 billion dollars", money, "14000000000", "USD", cs::name, exact, "[13500000000, 14500000000)", ""},
    {"5 billion euros", money, "5000000000", "EUR", cs::name, exact, "[4500000000, 5500000000)", ""},
    {"1 billion US dollars", money, "1000000000", "USD", cs::name, exact, "[500000000, 1500000000)", ""},
    {"2 billion Hong Kong dollars", money, "2000000000", "HKD", cs::name, exact, "[1500000000, 2500000000)", ""},
    {"3 billion Singapore dollars", money, "3000000000", "SGD", cs::name, exact, "[2500000000, 3500000000)", ""},
    {"10 billion Japanese yen", money, "10000000000", "JPY", cs::name, exact, "[9500000000, 10500000000)", ""},
    {"10 billion Chinese yuan", money, "10000000000", "CNY", cs::name, exact, "[9500000000, 10500000000)", ""},
    {"40 billion Vietnamese dong", money, "40000000000", "VND", cs::name, exact, "[39500000000, 40500000000)", ""},
    {"5 billion British pounds", money, "5000000000", "GBP", cs::name, exact, "[4500000000, 5500000000)", ""},
    {"Rmb10tn", money, "10000000000000", "CNY", cs::code, exact, "[9500000000000, 10500000000000)", ""},
    {"RM3.5bil", money, "3500000000", "MYR", cs::code, exact, "[3450000000, 3550000000)", ""},
    {"RM500mil", money, "500000000", "MYR", cs::code, exact, "[499500000, 500500000)", ""},
    {"US$1.2bil", money, "1200000000", "USD", cs::symbol, exact, "[1150000000, 1250000000)", ""},
    {"Rmb6tn", money, "6000000000000", "CNY", cs::code, exact, "[5500000000000, 6500000000000)", ""},
    {"Rmb4tn", money, "4000000000000", "CNY", cs::code, exact, "[3500000000000, 4500000000000)", ""},
    {"$1.4tn", money, "1400000000000", "USD", cs::symbol, exact, "[1350000000000, 1450000000000)", ""},
    {"$1tn", money, "1000000000000", "USD", cs::symbol, exact, "[500000000000, 1500000000000)", ""},
    {"¥10tn", money, "10000000000000", "JPY", cs::symbol, exact, "[9500000000000, 10500000000000)", ""},
    {"€1.2tn", money, "1200000000000", "EUR", cs::symbol, exact, "[1150000000000, 1250000000000)", ""},
    {"1.5tn yuan", money, "1500000000000", "CNY", cs::name, exact, "[1450000000000, 1550000000000)", ""},
    {"£1trn", money, "1000000000000", "GBP", cs::symbol, exact, "[500000000000, 1500000000000)", ""},
    {"$2trn", money, "2000000000000", "USD", cs::symbol, exact, "[1500000000000, 2500000000000)", ""},
    {"3.5trn yuan", money, "3500000000000", "CNY", cs::name, exact, "[3450000000000, 3550000000000)", ""},
    {"61.6 trillion yuan", money, "61600000000000", "CNY", cs::name, exact, "[61550000000000, 61650000000000)", ""},
    {"1.36 trillion yuan", money, "1360000000000", "CNY", cs::name, exact, "[1355000000000, 1365000000000)", ""},
    {"€12.6 trillion", money, "12600000000000", "EUR", cs::symbol, exact, "[12550000000000, 12650000000000)", ""},
    {"$16.8 trillion", money, "16800000000000", "USD", cs::symbol, exact, "[16750000000000, 16850000000000)", ""},
    {"$10.3 trillion", money, "10300000000000", "USD", cs::symbol, exact, "[10250000000000, 10350000000000)", ""},
    {"64 trillion renminbi", money, "64000000000000", "CNY", cs::name, exact, "[63500000000000, 64500000000000)", ""},
    {"¥10 trillion", money, "10000000000000", "JPY", cs::symbol, exact, "[9500000000000, 10500000000000)", ""},
    {"2 trillion dollars", money, "2000000000000", "USD", cs::name, exact, "[1500000000000, 2500000000000)", ""},
    {"$2T", money, "2000000000000", "USD", cs::symbol, exact, "[1500000000000, 2500000000000)", ""},
    {"about $14bn", money, "14000000000", "USD", cs::symbol, approx, "[12100000000, 15900000000]", ""},
    {"around $5m", money, "5000000", "USD", cs::symbol, approx, "[4000000, 6000000]", ""},
    {"roughly $50 billion", money, "50000000000", "USD", cs::symbol, approx, "[44500000000, 55500000000]", ""},
    {"some $5bn", money, "5000000000", "USD", cs::symbol, approx, "[4000000000, 6000000000]", ""},
    {"some 300bn yuan", money, "300000000000", "CNY", cs::name, approx, "[269500000000, 330500000000]", ""},
    {"nearly $65bn", money, "65000000000", "USD", cs::symbol, approx, "[58000000000, 72000000000]", ""},
    {"almost $1tn", money, "1000000000000", "USD", cs::symbol, approx, "[400000000000, 1600000000000]", ""},
    {"approximately 100bn yuan", money, "100000000000", "CNY", cs::name, approx, "[89500000000, 110500000000]", ""},
    {"close to $2bn", money, "2000000000", "USD", cs::symbol, approx, "[1300000000, 2700000000]", ""},
    {"~$5bn", money, "5000000000", "USD", cs::symbol, approx, "[4000000000, 6000000000]", ""},
    {"about $2,005", money, "2005", "USD", cs::symbol, approx, "[1804.5, 2205.5]", ""},
    {"around €300m", money, "300000000", "EUR", cs::symbol, approx, "[269500000, 330500000]", ""},
    {"roughly 20 million yuan", money, "20000000", "CNY", cs::name, approx, "[17500000, 22500000]", ""},
    {"approximately USD 200", money, "200", "USD", cs::code, approx, "[180, 220]", ""},
    {"about 10,000 GPUs", count, "10000", "", cs::none, approx, "[9000, 11000]", ""},
    {"less than $6m", money, "6000000", "USD", cs::symbol, lt, "[0, 6000000)", ""},
    {"under $6m", money, "6000000", "USD", cs::symbol, lt, "[0, 6000000)", ""},
    {"below $6m", money, "6000000", "USD", cs::symbol, lt, "[0, 6000000)", ""},
    {"less than 100bn yuan", money, "100000000000", "CNY", cs::name, lt, "[0, 100000000000)", ""},
    {"under €1bn", money, "1000000000", "EUR", cs::symbol, lt, "[0, 1000000000)", ""},
    {"below Rmb500bn", money, "500000000000", "CNY", cs::code, lt, "[0, 500000000000)", ""},
    {"less than $2,005", money, "2005", "USD", cs::symbol, lt, "[0, 2005)", ""},
    {"fewer than 10,000 GPUs", count, "10000", "", cs::none, lt, "[0, 10000)", ""},
    {"at most $5bn", money, "5000000000", "USD", cs::symbol, le, "[0, 5000000000]", ""},
    {"no more than $5bn", money, "5000000000", "USD", cs::symbol, le, "[0, 5000000000]", ""},
    {"up to $70 billion", money, "70000000000", "USD", cs::symbol, le, "[0, 70000000000]", ""},
    {"as much as $70 billion", money, "70000000000", "USD", cs::symbol, le, "[0, 70000000000]", ""},
    {"as much as 100bn yuan", money, "100000000000", "CNY", cs::name, le, "[0, 100000000000]", ""},
    {"as high as $1tn", money, "1000000000000", "USD", cs::symbol, le, "[0, 1000000000000]", ""},
    {"up to €300m", money, "300000000", "EUR", cs::symbol, le, "[0, 300000000]", ""},
    {"up to 100bn yuan", money, "100000000000", "CNY", cs::name, le, "[0, 100000000000]", ""},
    {"at most £2m", money, "2000000", "GBP", cs::symbol, le, "[0, 2000000]", ""},
    {"more than $6m", money, "6000000", "USD", cs::symbol, gt, "(6000000, +inf)", ""},
    {"over $100m", money, "100000000", "USD", cs::symbol, gt, "(100000000, +inf)", ""},
    {"above $1bn", money, "1000000000", "USD", cs::symbol, gt, "(1000000000, +inf)", ""},
    {"exceeding $1bn", money, "1000000000", "USD", cs::symbol, gt, "(1000000000, +inf)", ""},
    {"a quarter-million dollars", money, "250000", "USD", cs::name, exact, "[125000, 375000)", ""},
    {"a half-million dollars", money, "500000", "USD", cs::name, exact, "[250000, 750000)", ""},
    {"a half billion euros", money, "500000000", "EUR", cs::name, exact, "[250000000, 750000000)", ""},
    {"upwards of $1bn", money, "1000000000", "USD", cs::symbol, gt, "(1000000000, +inf)", ""},
    {"upward of $5 billion", money, "5000000000", "USD", cs::symbol, gt, "(5000000000, +inf)", ""},
    {"just shy of $88,000", money, "88000", "USD", cs::symbol, lt, "[0, 88000)", ""},
    {"shy of $2bn", money, "2000000000", "USD", cs::symbol, lt, "[0, 2000000000)", ""},
    {"in the region of £80m", money, "80000000", "GBP", cs::symbol, approx, "[71500000, 88500000]", ""},
    {"in the neighbourhood of $3 million", money, "3000000", "USD", cs::symbol, approx, "[2200000, 3800000]", ""},
    {"near $150", money, "150", "USD", cs::symbol, approx, "[135, 165]", ""},
    {"more or less $200", money, "200", "USD", cs::symbol, approx, "[180, 220]", ""},
    {"$500m or so", money, "500000000", "USD", cs::symbol, approx, "[449500000, 550500000]", ""},
    {"begins at $25,000", money, "25000", "USD", cs::symbol, ge, "[25000, +inf)", ""},
    {"less than $500m or so", money, "500000000", "USD", cs::symbol, lt, "[0, 500000000)", ""},
    {"more than 20 million yuan", money, "20000000", "CNY", cs::name, gt, "(20000000, +inf)", ""},
    {"more than $247 million", money, "247000000", "USD", cs::symbol, gt, "(247000000, +inf)", ""},
    {"more than Rmb1tn", money, "1000000000000", "CNY", cs::code, gt, "(1000000000000, +inf)", ""},
    {"over 10,000 GPUs", count, "10000", "", cs::none, gt, "(10000, +inf)", ""},
    {"at least $5bn", money, "5000000000", "USD", cs::symbol, ge, "[5000000000, +inf)", ""},
    {"no less than $5bn", money, "5000000000", "USD", cs::symbol, ge, "[5000000000, +inf)", ""},
    {"at least €2m", money, "2000000", "EUR", cs::symbol, ge, "[2000000, +inf)", ""},
    {"at least 100bn yuan", money, "100000000000", "CNY", cs::name, ge, "[100000000000, +inf)", ""},
    {"no less than Rmb4tn", money, "4000000000000", "CNY", cs::code, ge, "[4000000000000, +inf)", ""},
    {"$5-6m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 6500000)", "6000000"},
    {"$5–6m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 6500000)", "6000000"},
    {"$5m-$6m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 6500000)", "6000000"},
    {"$5m–$6m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 6500000)", "6000000"},
    {"$5m to $6m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 6500000)", "6000000"},
    {"from $5m to $6m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 6500000)", "6000000"},
    {"between $5m and $6m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 6500000)", "6000000"},
    {"5 to 6 million dollars", money, "5000000", "USD", cs::name, exact, "[4500000, 6500000)", "6000000"},
    {"between 5 and 6 million yuan", money, "5000000", "CNY", cs::name, exact, "[4500000, 6500000)", "6000000"},
    {"RMB 200-500 billion", money, "200000000000", "CNY", cs::code, exact, "[199500000000, 500500000000)", "500000000000"},
    {"$15-16 trillion", money, "15000000000000", "USD", cs::symbol, exact, "[14500000000000, 16500000000000)", "16000000000000"},
    {"between 200 billion yuan and 500 billion yuan", money, "200000000000", "CNY", cs::name, exact, "[199500000000, 500500000000)", "500000000000"},
    {"200 billion to 500 billion yuan", money, "200000000000", "CNY", cs::name, exact, "[199500000000, 500500000000)", "500000000000"},
    {"€1.2bn-€1.5bn", money, "1200000000", "EUR", cs::symbol, exact, "[1150000000, 1550000000)", "1500000000"},
    {"$1.5-2bn", money, "1500000000", "USD", cs::symbol, exact, "[1450000000, 2500000000)", "2000000000"},
    {"between $500m and $1bn", money, "500000000", "USD", cs::symbol, exact, "[499500000, 1500000000)", "1000000000"},
    {"£3m-£4m", money, "3000000", "GBP", cs::symbol, exact, "[2500000, 4500000)", "4000000"},
    {"between 10 and 20 dollars", money, "10", "USD", cs::name, exact, "[10, 20]", "20"},
    {"15-20 USD", money, "15", "USD", cs::code, exact, "[15, 20]", "20"},
    {"$10-$20", money, "10", "USD", cs::symbol, exact, "[10, 20]", "20"},
    {"10,000-20,000 GPUs", count, "10000", "", cs::none, exact, "[10000, 20000]", "20000"},
    {"two hundred million dollars", money, "200000000", "USD", cs::name, exact, "", ""},
    {"one hundred billion yuan", money, "100000000000", "CNY", cs::name, exact, "", ""},
    {"five thousand euros", money, "5000", "EUR", cs::name, exact, "", ""},
    {"twenty-five million dollars", money, "25000000", "USD", cs::name, exact, "", ""},
    {"three trillion yuan", money, "3000000000000", "CNY", cs::name, exact, "", ""},
    {"seven hundred thousand euros", money, "700000", "EUR", cs::name, exact, "", ""},
    {"one million dollars", money, "1000000", "USD", cs::name, exact, "", ""},
    {"ten million yuan", money, "10000000", "CNY", cs::name, exact, "", ""},
    {"forty billion dollars", money, "40000000000", "USD", cs::name, exact, "", ""},
    {"nine hundred million euros", money, "900000000", "EUR", cs::name, exact, "", ""},
    {"two billion US dollars", money, "2000000000", "USD", cs::name, exact, "", ""},
    {"fifteen thousand yen", money, "15000", "JPY", cs::name, exact, "", ""},
    {"one hundred and five million dollars", money, "105000000", "USD", cs::name, exact, "", ""},
    {"two hundred million", count, "200000000", "", cs::none, exact, "", ""},
    {"three hundred thousand", count, "300000", "", cs::none, exact, "", ""},
    {"less than five million dollars", money, "5000000", "USD", cs::name, lt, "[0, 5000000)", ""},
    {"more than two billion yuan", money, "2000000000", "CNY", cs::name, gt, "(2000000000, +inf)", ""},
    {"up to ten million dollars", money, "10000000", "USD", cs::name, le, "[0, 10000000]", ""},
    {"at least one hundred thousand euros", money, "100000", "EUR", cs::name, ge, "[100000, +inf)", ""},
    {"10,000 GPUs", count, "10000", "", cs::none, exact, "[10000, 10000]", ""},
    {"10,000", count, "10000", "", cs::none, exact, "[10000, 10000]", ""},
    {"5,000 employees", count, "5000", "", cs::none, exact, "[5000, 5000]", ""},
    {"300 companies", count, "300", "", cs::none, exact, "[300, 300]", ""},
    {"12,345 cars", count, "12345", "", cs::none, exact, "[12345, 12345]", ""},
    {"1,000,000 users", count, "1000000", "", cs::none, exact, "[1000000, 1000000]", ""},
    {"2 million people", count, "2000000", "", cs::none, exact, "[1500000, 2500000)", ""},
    {"1.4 billion people", count, "1400000000", "", cs::none, exact, "[1350000000, 1450000000)", ""},
    {"2.5 million barrels", count, "2500000", "", cs::none, exact, "[2450000, 2550000)", ""},
    {"5%", percent, "5", "", cs::none, exact, "", ""},
    {"5.5%", percent, "5.5", "", cs::none, exact, "", ""},
    {"12.25%", percent, "12.25", "", cs::none, exact, "", ""},
    {"0.5%", percent, "0.5", "", cs::none, exact, "", ""},
    {"100%", percent, "100", "", cs::none, exact, "", ""},
    {"5 per cent", percent, "5", "", cs::none, exact, "", ""},
    {"5 percent", percent, "5", "", cs::none, exact, "", ""},
    {"3.8 per cent", percent, "3.8", "", cs::none, exact, "", ""},
    {"in 2021", year, "2021", "", cs::none, exact, "", ""},
    {"in 1998", year, "1998", "", cs::none, exact, "", ""},
    {"aged 45", age, "45", "", cs::none, exact, "", ""},
    {"45-year-old", age, "45", "", cs::none, exact, "", ""},
    {"45 years old", age, "45", "", cs::none, exact, "", ""},
    {"$3.14m", money, "3140000", "USD", cs::symbol, exact, "[3135000, 3145000)", ""},
    {"$7.5bn", money, "7500000000", "USD", cs::symbol, exact, "[7450000000, 7550000000)", ""},
    {"€750m", money, "750000000", "EUR", cs::symbol, exact, "[749500000, 750500000)", ""},
    {"£2.5bn", money, "2500000000", "GBP", cs::symbol, exact, "[2450000000, 2550000000)", ""},
    {"$300,000", money, "300000", "USD", cs::symbol, exact, "[300000, 300000]", ""},
    {"Rmb1.5tn", money, "1500000000000", "CNY", cs::code, exact, "[1450000000000, 1550000000000)", ""},
    {"Rmb800bn", money, "800000000000", "CNY", cs::code, exact, "[799500000000, 800500000000)", ""},
    {"HK$5.6bn", money, "5600000000", "HKD", cs::symbol, exact, "[5550000000, 5650000000)", ""},
    {"US$500m", money, "500000000", "USD", cs::symbol, exact, "[499500000, 500500000)", ""},
    {"¥1.2tn", money, "1200000000000", "JPY", cs::symbol, exact, "[1150000000000, 1250000000000)", ""},
    {"$20bn", money, "20000000000", "USD", cs::symbol, exact, "[19500000000, 20500000000)", ""},
    {"€40bn", money, "40000000000", "EUR", cs::symbol, exact, "[39500000000, 40500000000)", ""},
    {"$0.25bn", money, "250000000", "USD", cs::symbol, exact, "[245000000, 255000000)", ""},
    {"100 million euros", money, "100000000", "EUR", cs::name, exact, "[99500000, 100500000)", ""},
    {"250 billion yen", money, "250000000000", "JPY", cs::name, exact, "[249500000000, 250500000000)", ""},
    {"$60k", money, "60000", "USD", cs::symbol, exact, "[59500, 60500)", ""},
    {"€100k", money, "100000", "EUR", cs::symbol, exact, "[99500, 100500)", ""},
    {"nearly US$1.75 billion", money, "1750000000", "USD", cs::symbol, approx, "[1570000000, 1930000000]", ""},
    {"some £1bn", money, "1000000000", "GBP", cs::symbol, approx, "[400000000, 1600000000]", ""},
    {"about Rmb500bn", money, "500000000000", "CNY", cs::code, approx, "[449500000000, 550500000000]", ""},
    {"around 1,000 yuan", money, "1000", "CNY", cs::name, approx, "[900, 1100]", ""},
    {"almost €1m", money, "1000000", "EUR", cs::symbol, approx, "[400000, 1600000]", ""},
    {"up to US$30,000", money, "30000", "USD", cs::symbol, le, "[0, 30000]", ""},
    {"at least HK$1bn", money, "1000000000", "HKD", cs::symbol, ge, "[1000000000, +inf)", ""},
    {"more than €2 billion", money, "2000000000", "EUR", cs::symbol, gt, "(2000000000, +inf)", ""},
    {"less than ¥100bn", money, "100000000000", "JPY", cs::symbol, lt, "[0, 100000000000)", ""},
    {"under 100 million yuan", money, "100000000", "CNY", cs::name, lt, "[0, 100000000)", ""},
    {"as much as Rmb6tn", money, "6000000000000", "CNY", cs::code, le, "[0, 6000000000000]", ""},
    // "and a half" before the scale adds half a unit, written to the nearest half unit.
    {"one and a half billion dollars", money, "1500000000", "USD", cs::name, exact, "[1250000000, 1750000000)", ""},
    {"$1 and a half billion", money, "1500000000", "USD", cs::symbol, exact, "[1250000000, 1750000000)", ""},
    {"two and a half million yuan", money, "2500000", "CNY", cs::name, exact, "[2250000, 2750000)", ""},
    {"about three and a half trillion dollars", money, "3500000000000", "USD", cs::name, approx, "", ""},
    // Issue 10: the world's currencies by name, prefix and code.
    {"30.5 trillion won", money, "30500000000000", "KRW", cs::name, exact, "[30450000000000, 30550000000000)", ""},
    {"100 bln won", money, "100000000000", "KRW", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"8.1 million Brazilian reais", money, "8100000", "BRL", cs::name, exact, "[8050000, 8150000)", ""},
    {"500 reais", money, "500", "BRL", cs::name, exact, "[500, 500]", ""},
    {"8 million shekels", money, "8000000", "ILS", cs::name, exact, "[7500000, 8500000)", ""},
    {"NIS 5,000", money, "5000", "ILS", cs::code, exact, "[5000, 5000]", ""},
    {"Bt40,000", money, "40000", "THB", cs::code, exact, "[40000, 40000]", ""},
    {"Bt94 million", money, "94000000", "THB", cs::code, exact, "[93500000, 94500000)", ""},
    {"RM7.27tril", money, "7270000000000", "MYR", cs::code, exact, "[7265000000000, 7275000000000)", ""},
    {"Rs 800 crores", money, "8000000000", "INR", cs::code, exact, "[7995000000, 8005000000)", ""},
    {"$2.4bn Singapore dollars", money, "2400000000", "SGD", cs::name, exact, "[2350000000, 2450000000)", ""},
    {"$20m Australian dollars", money, "20000000", "AUD", cs::name, exact, "[19500000, 20500000)", ""},
    {"300 rupees", money, "300", "INR", cs::name, exact, "[300, 300]", ""},
    {"2,000 baht", money, "2000", "THB", cs::name, exact, "[2000, 2000]", ""},
    {"45 ringgit", money, "45", "MYR", cs::name, exact, "[45, 45]", ""},
    {"10 Turkish lira", money, "10", "TRY", cs::name, exact, "[10, 10]", ""},
    {"361 million pounds", money, "361000000", "GBP", cs::name, exact, "[360500000, 361500000)", ""},
    {"5 dinars", money, "5", "KWD", cs::name, exact, "[5, 5]", ""},
    {"200 riyals", money, "200", "SAR", cs::name, exact, "[200, 200]", ""},
    {"50 dirhams", money, "50", "AED", cs::name, exact, "[50, 50]", ""},
    {"1.3 trillion kroner", money, "1300000000000", "NOK", cs::name, exact, "[1250000000000, 1350000000000)", ""},
    {"500 krone", money, "500", "NOK", cs::name, exact, "[500, 500]", ""},
    {"200 kronor", money, "200", "SEK", cs::name, exact, "[200, 200]", ""},
    {"1 krona", money, "1", "SEK", cs::name, exact, "[1, 1]", ""},
    // Subunits in major units.
    {"45p", money, "0.45", "GBP", cs::symbol, exact, "[0.45, 0.45]", ""},
    {"612 pence", money, "6.12", "GBP", cs::name, exact, "[6.12, 6.12]", ""},
    {"80 US cents", money, "0.80", "USD", cs::name, exact, "[0.80, 0.80]", ""},
    {"74.57 U.S. cents", money, "0.7457", "USD", cs::name, exact, "[0.7457, 0.7457]", ""},
    {"63.09 euro cents", money, "0.6309", "EUR", cs::name, exact, "[0.6309, 0.6309]", ""},
    {"2 cents", money, "0.02", "USD", cs::implied, exact, "[0.02, 0.02]", ""},
    {"9¾p", money, "0.0975", "GBP", cs::symbol, exact, "[0.0975, 0.0975]", ""},
    {"53.83 British pence", money, "0.5383", "GBP", cs::name, exact, "[0.5383, 0.5383]", ""},
    {"more than 4 cents", money, "0.04", "USD", cs::implied, gt, "(0.04, +inf)", ""},
    {"10 cents", money, "0.10", "USD", cs::implied, exact, "[0.10, 0.10]", ""},
    // Whole units and cents read on their own are one amount, as extract reads them.
    {"7 dollars 45 cents", money, "7.45", "USD", cs::name, exact, "[7.45, 7.45]", ""},
    {"12 euros and 5 cents", money, "12.05", "EUR", cs::name, exact, "[12.05, 12.05]", ""},
    {"forty dollars and 15 cents", money, "40.15", "USD", cs::name, exact, "[40.15, 40.15]", ""},
    // Scale words: quadrillion, crore, lakh, tril, half a, a.
    {"VND1.75 quadrillion", money, "1750000000000000", "VND", cs::code, exact, "[1745000000000000, 1755000000000000)", ""},
    {"Rs 12,500 crore", money, "125000000000", "INR", cs::code, exact, "[124995000000, 125005000000)", ""},
    {"Rs 1.18 lakh crore", money, "1180000000000", "INR", cs::code, exact, "[1175000000000, 1185000000000)", ""},
    {"Rs 1,24,000 crore", money, "1240000000000", "INR", cs::code, exact, "[1239995000000, 1240005000000)", ""},
    {"Rs 4K-cr", money, "40000000000", "INR", cs::code, exact, "[35000000000, 45000000000)", ""},
    {"half a trillion yuan", money, "500000000000", "CNY", cs::name, exact, "[250000000000, 750000000000)", ""},
    {"half a billion dollars", money, "500000000", "USD", cs::name, exact, "[250000000, 750000000)", ""},
    {"US$1.7tril", money, "1700000000000", "USD", cs::symbol, exact, "[1650000000000, 1750000000000)", ""},
    {"3,000 tr won", money, "3000000000000000", "KRW", cs::name, exact, "[2999500000000000, 3000500000000000)", ""},
    {"a million dollars", money, "1000000", "USD", cs::name, exact, "[500000, 1500000)", ""},
    {"a hundred euros", money, "100", "EUR", cs::name, exact, "", ""},
    {"more than a billion dollars", money, "1000000000", "USD", cs::name, gt, "(1000000000, +inf)", ""},
    {"one-thousand-493 trillion won", money, "1493000000000000", "KRW", cs::name, exact, "[1492500000000000, 1493500000000000)", ""},
    // Hyphenated compounds.
    {"$240-million", money, "240000000", "USD", cs::symbol, exact, "[239500000, 240500000)", ""},
    {"$3.2-billion", money, "3200000000", "USD", cs::symbol, exact, "[3150000000, 3250000000)", ""},
    {"VND750-million", money, "750000000", "VND", cs::code, exact, "[749500000, 750500000)", ""},
    {"90bn-euro", money, "90000000000", "EUR", cs::name, exact, "[89500000000, 90500000000)", ""},
    {"20-million-dong", money, "20000000", "VND", cs::name, exact, "[19500000, 20500000)", ""},
    {"110 billion-euro", money, "110000000000", "EUR", cs::name, exact, "[109500000000, 110500000000)", ""},
    {"Rs 3,000-crore", money, "30000000000", "INR", cs::code, exact, "[29995000000, 30005000000)", ""},
    {"\u20a65 trillion", money, "5000000000000", "NGN", cs::symbol, exact, "[4500000000000, 5500000000000)", ""},
    {"E\u00a310 billion", money, "10000000000", "EGP", cs::symbol, exact, "[9500000000, 10500000000)", ""},
    {"GH\u20b52bn", money, "2000000000", "GHS", cs::symbol, exact, "[1500000000, 2500000000)", ""},
    {"KSh100 billion", money, "100000000000", "KES", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"Tk 5,000 crore", money, "50000000000", "BDT", cs::code, exact, "[49995000000, 50005000000)", ""},
    {"Dh500 million", money, "500000000", "AED", cs::code, exact, "[499500000, 500500000)", ""},
    {"Dhs 1,200", money, "1200", "AED", cs::code, exact, "[1200, 1200]", ""},
    {"1.5-trillion yuan", money, "1500000000000", "CNY", cs::name, exact, "[1450000000000, 1550000000000)", ""},
    // Mixed conventions: VND has no minor unit, so three decimals are a thousands group.
    {"18.000 VND", money, "18000", "VND", cs::code, exact, "[18000, 18000]", ""},
    // Qualifiers: verbs, "starting at", after the amount.
    {"starting at £500", money, "500", "GBP", cs::symbol, ge, "[500, +inf)", ""},
    {"surpass $300 million", money, "300000000", "USD", cs::symbol, gt, "(300000000, +inf)", ""},
    {"exceed 5 trillion yuan", money, "5000000000000", "CNY", cs::name, gt, "(5000000000000, +inf)", ""},
    {"$5m or more", money, "5000000", "USD", cs::symbol, ge, "[5000000, +inf)", ""},
    {"$5m or less", money, "5000000", "USD", cs::symbol, le, "[0, 5000000]", ""},
    {"a maximum VND2 billion", money, "2000000000", "VND", cs::code, le, "[0, 2000000000]", ""},
    // Item 10 of the issue: read whole, never a part of it.
    {"$35 and 20c", money, "35.20", "USD", cs::symbol, exact, "[35.20, 35.20]", ""},
    {"$35 and 20 cents", money, "35.20", "USD", cs::symbol, exact, "[35.20, 35.20]", ""},
    {"12 USD 40", money, "12.40", "USD", cs::code, exact, "[12.40, 12.40]", ""},
    {"60 USD million", money, "60000000", "USD", cs::code, exact, "[59500000, 60500000)", ""},
    {"MUSD 8", money, "8000000", "USD", cs::code, exact, "[7500000, 8500000)", ""},
    {"4 MEUR", money, "4000000", "EUR", cs::code, exact, "[3500000, 4500000)", ""},
    {"75-point-six million won", money, "75600000", "KRW", cs::name, exact, "[75550000, 75650000)", ""},
    {"3 point 45 dollars", money, "3.45", "USD", cs::name, exact, "[3.45, 3.45]", ""},
    // Spelled-out amounts without a scale word, slang.
    {"ten dollars", money, "10", "USD", cs::name, exact, "", ""},
    {"a dollar", money, "1", "USD", cs::name, exact, "", ""},
    {"twenty-five euros", money, "25", "EUR", cs::name, exact, "", ""},
    {"five bucks", money, "5", "USD", cs::name, exact, "", ""},
    {"3 grand", money, "3000", "USD", cs::name, exact, "[2500, 3500)", ""},
    // A symbol after the number, country dollars, the wider world's signs.
    {"10$", money, "10", "USD", cs::symbol, exact, "[10, 10]", ""},
    {"3.5US$", money, "3.5", "USD", cs::symbol, exact, "[3.5, 3.5]", ""},
    {"C$ 5", money, "5", "CAD", cs::symbol, exact, "[5, 5]", ""},
    {"HK $ 8", money, "8", "HKD", cs::symbol, exact, "[8, 8]", ""},
    {"CAD$ 12", money, "12", "CAD", cs::symbol, exact, "[12, 12]", ""},
    {"Mex$ 40", money, "40", "MXN", cs::symbol, exact, "[40, 40]", ""},
    {"100元", money, "100", "CNY", cs::symbol, exact, "[100, 100]", ""},
    {"₩5,000", money, "5000", "KRW", cs::symbol, exact, "[5000, 5000]", ""},
    {"₹500", money, "500", "INR", cs::symbol, exact, "[500, 500]", ""},
    {"฿200", money, "200", "THB", cs::symbol, exact, "[200, 200]", ""},
    {"₪100", money, "100", "ILS", cs::symbol, exact, "[100, 100]", ""},
    {"U$120 billion", money, "120000000000", "USD", cs::symbol, exact, "[119500000000, 120500000000)", ""},
    {"$US0.6985", money, "0.6985", "USD", cs::symbol, exact, "[0.6985, 0.6985]", ""},
    {"US $5", money, "5", "USD", cs::symbol, exact, "[5, 5]", ""},
    {"$US 69 cents", money, "0.69", "USD", cs::symbol, exact, "[0.69, 0.69]", ""},
    // More subunits.
    {"99p", money, "0.99", "GBP", cs::symbol, exact, "[0.99, 0.99]", ""},
    {"1,174p", money, "11.74", "GBP", cs::symbol, exact, "[11.74, 11.74]", ""},
    {"58.19p", money, "0.5819", "GBP", cs::symbol, exact, "[0.5819, 0.5819]", ""},
    {"0.05 pence", money, "0.0005", "GBP", cs::name, exact, "[0.0005, 0.0005]", ""},
    {"725.0 pence", money, "7.250", "GBP", cs::name, exact, "[7.250, 7.250]", ""},
    {"one US cent", money, "0.01", "USD", cs::name, exact, "", ""},
    {"a penny", money, "0.01", "GBP", cs::name, exact, "", ""},
    // More hyphenated compounds.
    {"€500-million", money, "500000000", "EUR", cs::symbol, exact, "[499500000, 500500000)", ""},
    {"Rs 19,194-crore", money, "191940000000", "INR", cs::code, exact, "[191935000000, 191945000000)", ""},
    {"$1.5-trillion", money, "1500000000000", "USD", cs::symbol, exact, "[1450000000000, 1550000000000)", ""},
    {"5-billion-yuan", money, "5000000000", "CNY", cs::name, exact, "[4500000000, 5500000000)", ""},
    {"300-million-yen", money, "300000000", "JPY", cs::name, exact, "[299500000, 300500000)", ""},
    {"US$2-billion", money, "2000000000", "USD", cs::symbol, exact, "[1500000000, 2500000000)", ""},
    {"750-billion-euro", money, "750000000000", "EUR", cs::name, exact, "[749500000000, 750500000000)", ""},
    // More mixed conventions: three decimals a zero-minor currency cannot have; a page's own commas.
    {"23.000 VND", money, "23000", "VND", cs::code, exact, "[23000, 23000]", ""},
    {"VND 55.000", money, "55000", "VND", cs::code, exact, "[55000, 55000]", ""},
    {"5.000 JPY", money, "5000", "JPY", cs::code, exact, "[5000, 5000]", ""},
    {"10.000 won", money, "10000", "KRW", cs::name, exact, "[10000, 10000]", ""},
    {"1.500 yen", money, "1500", "JPY", cs::name, exact, "[1500, 1500]", ""},
    {"€ 0,0037", money, "0.0037", "EUR", cs::symbol, exact, "[0.0037, 0.0037]", ""},
    {"BRL 200.000,00", money, "200000", "BRL", cs::code, exact, "[200000, 200000]", ""},
    // More spacing.
    {"$5\xC2\xA0million", money, "5000000", "USD", cs::symbol, exact, "[4500000, 5500000)", ""},
    {"US$\xC2\xA0" "5m", money, "5000000", "USD", cs::symbol, exact, "[4500000, 5500000)", ""},
    {"5\xE2\x80\x89" "bn euros", money, "5000000000", "EUR", cs::name, exact, "[4500000000, 5500000000)", ""},
    // More of item 10.
    {"$12 and 5c", money, "12.05", "USD", cs::symbol, exact, "[12.05, 12.05]", ""},
    {"€8 and 50 cents", money, "8.50", "EUR", cs::symbol, exact, "[8.50, 8.50]", ""},
    {"35 dollars and 20 cents", money, "35.20", "USD", cs::name, exact, "[35.20, 35.20]", ""},
    {"kEUR 50", money, "50000", "EUR", cs::code, exact, "[49500, 50500)", ""},
    {"2 MUSD", money, "2000000", "USD", cs::code, exact, "[1500000, 2500000)", ""},
    {"5 VND billion", money, "5000000000", "VND", cs::code, exact, "[4500000000, 5500000000)", ""},
    // More spelled-out amounts and slang.
    {"one hundred dollars", money, "100", "USD", cs::name, exact, "", ""},
    {"two thousand euros", money, "2000", "EUR", cs::name, exact, "", ""},
    {"ninety-nine cents", money, "0.99", "USD", cs::implied, exact, "", ""},
    {"a thousand dollars", money, "1000", "USD", cs::name, exact, "", ""},
    {"seven euros", money, "7", "EUR", cs::name, exact, "", ""},
    {"fifteen yuan", money, "15", "CNY", cs::name, exact, "", ""},
    {"50 cents", money, "0.50", "USD", cs::implied, exact, "[0.50, 0.50]", ""},
    {"20 bucks", money, "20", "USD", cs::name, exact, "[20, 20]", ""},
    {"10 grand", money, "10000", "USD", cs::name, exact, "[9500, 10500)", ""},
    {"£5k", money, "5000", "GBP", cs::symbol, exact, "[4500, 5500)", ""},
    {"€2.5k", money, "2500", "EUR", cs::symbol, exact, "[2450, 2550)", ""},
    {"one cent", money, "0.01", "USD", cs::implied, exact, "", ""},
    {"3 pence", money, "0.03", "GBP", cs::name, exact, "[0.03, 0.03]", ""},
    {"half a dozen", count, "6", "", cs::none, exact, "[6, 6]", ""},
    {"two dozen", count, "24", "", cs::none, exact, "[24, 24]", ""},
    {"two and a half", count, "2.5", "", cs::none, exact, "[2.25, 2.75)", ""},
    // Ranges that stay ranges.
    {"VND 5,000-10,000", money, "5000", "VND", cs::code, exact, "[5000, 10000]", "10000"},
    {"from VND70,000 to VND90,000", money, "70000", "VND", cs::code, exact, "[70000, 90000]", "90000"},
};

// {input, column where reading stopped (0 = not checked)}
constexpr error_row errors[] = {
    {"", 1},
    {"2.5 and a half million dollars", 0},
    {"$", 2},
    {"US$", 4},
    {"$$5", 2},
    {"$abc", 2},
    {"abc", 1},
    {"hello world", 1},
    {"bn", 1},
    {"million", 1},
    {"yuan", 1},
    {"dollars", 1},
    {"USD", 0},
    {"-", 1},
    {"$14bn xyz", 6},
    {"$14bn $6m", 6},
    {"one of them", 4},  // "one" reads as a count; the error is where reading stopped
    {"less than", 0},
    {"\xff" "", 1},
    {"$5\xff" "", 3},
    // Never a part of an amount read as the whole.
    {"2.5¾p", 0},
    {"30 cents and 5c", 9},  // cents after cents are another amount, never 0.3005
    {"40 cents 10 cents", 9},
    {"a", 0},
    {"half a", 0},
    {"half a million billion dollars", 0},
    {"$12 and 345c", 0},
    {"12 USD 4000", 0},
};

// {input, value, quote currency, base}
// {input, value, currency, qualifier, per, the figure's text, range high}
constexpr per_row unit_prices[] = {
    {"$75 a barrel", "75", "USD", exact, "barrel", "$75"},
    {"$15 an hour", "15", "USD", exact, "hour", "$15"},  // `an` was taken for `a` and failed at its `n`
    {"20 euros an hour or more", "20", "EUR", ge, "hour", "20 euros"},
    {"$10,000 per month", "10000", "USD", exact, "month", "$10,000"},
    {"£3 each visit", "3", "GBP", exact, "visit", "£3"},
    {"$1,000 a month or more", "1000", "USD", ge, "month", "$1,000"},
    {"€2.50 per litre", "2.50", "EUR", exact, "litre", "€2.50"},
    {"VND55,000/kg", "55000", "VND", exact, "kg", "VND55,000"},
    {"$4,028/ounce", "4028", "USD", exact, "ounce", "$4,028"},
    {"$1,329 per ounce", "1329", "USD", exact, "ounce", "$1,329"},
    {"Rs 40 a kg", "40", "INR", exact, "kg", "Rs 40"},
    {"$2 a share", "2", "USD", exact, "share", "$2"},
    {"$300 a night", "300", "USD", exact, "night", "$300"},
    {"$5m a year", "5000000", "USD", exact, "year", "$5m"},
    {"$3.21 per pound", "3.21", "USD", exact, "pound", "$3.21"},
    {"about $80 a barrel", "80", "USD", approx, "barrel", "about $80"},
    {"NIS 5,000 per month", "5000", "ILS", exact, "month", "NIS 5,000"},
    {"VND75,000 – VND90,000/kg", "75000", "VND", exact, "kg", "VND75,000 – VND90,000", "90000"},
};

constexpr rate_row rates[] = {
    {"$1 = 7.25 yuan", "7.25", "CNY", "USD"},
    {"$1 = 6.8740 Chinese yuan renminbi", "6.8740", "CNY", "USD"},
    {"US$1 = 6.3725 Chinese yuan renminbi", "6.3725", "CNY", "USD"},
    {"£1 = $1.27", "1.27", "USD", "GBP"},
    {"€1 = $1.08", "1.08", "USD", "EUR"},
    {"$1 = 25,000 dong", "25000", "VND", "USD"},
    {"$1 = 150 yen", "150", "JPY", "USD"},
};

figura::figure parse_ok(std::string_view text, figura::parse_options const& options) {
    INFO("input: " << text);
    auto parsed = figura::parse(text, options);
    if (!parsed) FAIL("parse failed: " << parsed.error().id << ": " << parsed.error().message);
    return std::move(parsed).value();
}

bool contains(std::vector<std::string> const& codes, std::string_view code) {
    for (auto const& c : codes)
        if (c == code) return true;
    return false;
}

}  // namespace

TEST_CASE("parse_en: the tables hold at least 300 distinct inputs", "[parse_en][en]") {
    CHECK(count_distinct(rows, errors, rates) >= 300);
}

TEST_CASE("parse_en: every table row reads as expected", "[parse_en][en]") {
    auto const options = english();
    for (auto const& row : rows) check_row(row, options);
}

TEST_CASE("parse_en: text that is not one figure is an error naming the column", "[parse_en][en]") {
    auto const options = english();
    for (auto const& row : errors) check_error_row(row, options);
}

TEST_CASE("parse_en: a unit price is money with its per unit beside it, the span is the amount", "[parse_en][en]") {
    auto const options = english();
    CHECK(std::size(unit_prices) >= 15);
    for (auto const& row : unit_prices) check_per_row(row, options);
}

TEST_CASE("parse_en: a hedge qualifies nothing and is not in the span", "[parse_en][en]") {
    auto const f = parse_ok("an estimated $5.5m", english());
    CHECK(f.kind == figura::figure_kind::money);
    CHECK(f.qual == exact);
    CHECK(f.value == dec("5500000"));
    CHECK(f.text == "$5.5m");
}

TEST_CASE("parse_en: $ then a country's dollars is that country's currency", "[parse_en][en]") {
    auto const f = parse_ok("$1.1bn Singapore dollars", english());
    CHECK(f.currency.code == "SGD");
    CHECK(f.currency.alternatives.empty());
}

TEST_CASE("parse_en: peso and lira follow the country the text names", "[parse_en][en]") {
    auto const plain = parse_ok("500 pesos", english());
    CHECK(plain.currency.code == "PHP");
    CHECK(std::find(plain.currency.alternatives.begin(), plain.currency.alternatives.end(), "MXN") !=
          plain.currency.alternatives.end());
    auto const extracted = figura::extract("Mexico's central bank fined the lender 500 pesos.");
    REQUIRE(extracted);
    REQUIRE(extracted->size() == 1);
    CHECK((*extracted)[0].currency.code == "MXN");
    auto const lira = figura::extract("In Turkey the fee rose to 40 lira.");
    REQUIRE(lira);
    REQUIRE(lira->size() == 1);
    CHECK((*lira)[0].currency.code == "TRY");
}

TEST_CASE("parse_en: exchange-rate quotes are rates, not money", "[parse_en][en]") {
    auto const options = english();
    for (auto const& row : rates) check_rate_row(row, options);
}

TEST_CASE("parse_en: the written value keeps its scale word and resolution", "[parse_en][en]") {
    auto const options = english();
    SECTION("$14bn: resolution 1e9, not exact") {
        auto const f = parse_ok("$14bn", options);
        CHECK(f.written.scale_word == "bn");
        CHECK(f.written.resolution == dec("1000000000"));
        CHECK_FALSE(f.written.exact);
        CHECK(f.written.bounds == interval_of("[13500000000, 14500000000)"));
    }
    SECTION("$14.2bn: resolution 1e8") {
        auto const f = parse_ok("$14.2bn", options);
        CHECK(f.written.resolution == dec("100000000"));
        CHECK(f.written.bounds == interval_of("[14150000000, 14250000000)"));
    }
    SECTION("trailing zeros before a scale word are written digits") {
        auto const f = parse_ok("$14.00bn", options);
        CHECK(f.value == dec("14000000000"));
        CHECK(f.written.resolution == dec("10000000"));
        CHECK(f.bounds == interval_of("[13995000000, 14005000000)"));
    }
    SECTION("$2,005: exact, no scale word") {
        auto const f = parse_ok("$2,005", options);
        CHECK(f.written.exact);
        CHECK(f.written.resolution.is_zero());
        CHECK(f.written.scale_word.empty());
        CHECK(f.written.bounds == interval_of("[2005, 2005]"));
    }
    SECTION("a long scale word is kept as written") {
        auto const f = parse_ok("607.1 billion yuan", options);
        CHECK(f.written.scale_word == "billion");
        CHECK(f.written.resolution == dec("100000000"));
    }
    SECTION("a qualifier does not change the written precision") {
        auto const f = parse_ok("less than $6m", options);
        CHECK(f.written.bounds == interval_of("[5500000, 6500000)"));
        CHECK(f.bounds == interval_of("[0, 6000000)"));
    }
    SECTION("a range keeps both ends' precision") {
        auto const f = parse_ok("$1.5-2bn", options);
        CHECK(f.written.bounds == interval_of("[1450000000, 1550000000)"));
        REQUIRE(f.range_high);
        CHECK(f.range_high->bounds == interval_of("[1500000000, 2500000000)"));
        CHECK(f.range_high->scale_word == "bn");
    }
}

TEST_CASE("parse_en: a bare $ is USD by default, with the other dollars as alternatives", "[parse_en][en]") {
    auto const options = english();
    auto const f = parse_ok("$14bn", options);
    CHECK(f.currency.code == "USD");
    CHECK(f.currency.written == "$");
    CHECK(f.currency.is_ambiguous());
    CHECK(contains(f.currency.alternatives, "HKD"));
    CHECK(contains(f.currency.alternatives, "SGD"));
    CHECK_FALSE(contains(f.currency.alternatives, "USD"));

    auto const dollars = parse_ok("14bn dollars", options);
    CHECK(dollars.currency.code == "USD");
    CHECK(dollars.currency.is_ambiguous());

    for (auto const* text : {"US$14bn", "HK$1.2bn", "USD 14bn", "€2bn", "100bn yuan", "Rmb100bn"}) {
        INFO("input: " << text);
        auto const g = parse_ok(text, options);
        CHECK_FALSE(g.currency.is_ambiguous());
    }
    CHECK(parse_ok("US$14bn", options).currency.written == "US$");
    CHECK(parse_ok("Rmb100bn", options).currency.written == "Rmb");
}

TEST_CASE("parse_en: dollar_default changes what a bare $ means", "[parse_en][en]") {
    auto options = english();
    options.dollar_default = "HKD";
    auto const f = parse_ok("$5m", options);
    CHECK(f.currency.code == "HKD");
    CHECK(contains(f.currency.alternatives, "USD"));
    CHECK_FALSE(contains(f.currency.alternatives, "HKD"));
    // An explicit dollar is unaffected.
    CHECK(parse_ok("US$5m", options).currency.code == "USD");
    CHECK(parse_ok("S$5m", options).currency.code == "SGD");
}

TEST_CASE("parse_en: ¥ is JPY in English by default, ￥ is always CNY", "[parse_en][en]") {
    auto options = english();
    auto const yen = parse_ok("¥100bn", options);
    CHECK(yen.currency.code == "JPY");
    CHECK(yen.currency.source == figura::currency_source::symbol);
    CHECK(contains(yen.currency.alternatives, "CNY"));

    options.yen_default_en = "CNY";
    auto const yuan = parse_ok("¥100bn", options);
    CHECK(yuan.currency.code == "CNY");
    CHECK(contains(yuan.currency.alternatives, "JPY"));

    options.yen_default_en = "JPY";
    CHECK(parse_ok("￥100bn", options).currency.code == "CNY");
}

TEST_CASE("parse_en: approx_tolerance sets how far an approx figure widens", "[parse_en][en]") {
    auto options = english();
    SECTION("default 5%") {
        figura::parse_options defaults;
        defaults.lang = figura::language::en;
        auto const f = parse_ok("about $14bn", defaults);
        CHECK(f.qual == figura::qualifier::approx);
        CHECK(f.bounds == interval_of("[12800000000, 15200000000]"));
    }
    SECTION("zero tolerance keeps the precision interval, closed") {
        options.approx_tolerance = dec("0");
        CHECK(parse_ok("about $14bn", options).bounds == interval_of("[13500000000, 14500000000]"));
    }
    SECTION("20%") {
        options.approx_tolerance = dec("0.2");
        CHECK(parse_ok("about $14bn", options).bounds == interval_of("[10700000000, 17300000000]"));
        CHECK(parse_ok("about $2,005", options).bounds == interval_of("[1604, 2406]"));
    }
}

TEST_CASE("parse_en: surrounding spaces are allowed and not part of the span", "[parse_en][en]") {
    auto const f = parse_ok("  less than $6m \t", english());
    CHECK(f.value == dec("6000000"));
    CHECK(f.qual == figura::qualifier::lt);
    CHECK(f.span.begin == 2);
    CHECK(f.span.end == 15);
    CHECK(f.span.column == 3);
    CHECK(f.text == "less than $6m");
}

TEST_CASE("parse_en: a 10,000-digit number is exact or an error, never a guess", "[parse_en][en]") {
    std::string digits(10000, '7');
    auto const parsed = figura::parse("$" + digits, english());
    if (parsed) {
        CHECK(parsed->value == dec(digits));
        CHECK(parsed->currency.code == "USD");
    } else {
        CHECK_FALSE(parsed.error().id.empty());
        CHECK(parsed.error().where.line == 1);
    }
    auto const scaled = figura::parse(digits + " billion yuan", english());
    if (scaled) {
        CHECK(scaled->value == dec(digits + "000000000"));
    } else {
        CHECK_FALSE(scaled.error().id.empty());
    }
}
