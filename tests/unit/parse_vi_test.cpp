// Acceptance tests for figura::parse on Vietnamese expressions. Table-driven; expected readings come
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

figura::parse_options vietnamese() {
    figura::parse_options options;
    options.lang = figura::language::vi;
    options.approx_tolerance = dec("0.1");
    return options;
}

// {input, kind, value, currency, source, qualifier, bounds, range high}
constexpr parse_row rows[] = {
    {"10.000 đồng", money, "10000", "VND", cs::name, exact, "[10000, 10000]", ""},
    {"1.000 đồng", money, "1000", "VND", cs::name, exact, "[1000, 1000]", ""},
    {"1.500.000 đồng", money, "1500000", "VND", cs::name, exact, "[1500000, 1500000]", ""},
    {"10.000.000 đồng", money, "10000000", "VND", cs::name, exact, "[10000000, 10000000]", ""},
    {"1.234.567,5 đồng", money, "1234567.5", "VND", cs::name, exact, "[1234567.5, 1234567.5]", ""},
    {"176.800 nhân dân tệ", money, "176800", "CNY", cs::name, exact, "[176800, 176800]", ""},
    {"650.000.000 đô la Mỹ", money, "650000000", "USD", cs::name, exact, "[650000000, 650000000]", ""},
    {"1.000,5 USD", money, "1000.5", "USD", cs::code, exact, "[1000.5, 1000.5]", ""},
    {"0,75 USD", money, "0.75", "USD", cs::code, exact, "[0.75, 0.75]", ""},
    {"40 USD", money, "40", "USD", cs::code, exact, "[40, 40]", ""},
    {"USD 200", money, "200", "USD", cs::code, exact, "[200, 200]", ""},
    {"USD1,23", money, "1.23", "USD", cs::code, exact, "[1.23, 1.23]", ""},
    {"EUR29,99", money, "29.99", "EUR", cs::code, exact, "[29.99, 29.99]", ""},
    {"GBP 3,01", money, "3.01", "GBP", cs::code, exact, "[3.01, 3.01]", ""},
    {"1.500.000 VND", money, "1500000", "VND", cs::code, exact, "[1500000, 1500000]", ""},
    {"1.000 VNĐ", money, "1000", "VND", cs::code, exact, "[1000, 1000]", ""},
    {"2.000VNĐ", money, "2000", "VND", cs::code, exact, "[2000, 2000]", ""},
    {"1.500.000 ₫", money, "1500000", "VND", cs::symbol, exact, "[1500000, 1500000]", ""},
    {"1.500.000₫", money, "1500000", "VND", cs::symbol, exact, "[1500000, 1500000]", ""},
    {"280.000 đ", money, "280000", "VND", cs::symbol, exact, "[280000, 280000]", ""},
    {"500.000đ", money, "500000", "VND", cs::symbol, exact, "[500000, 500000]", ""},
    {"100 CNY", money, "100", "CNY", cs::code, exact, "[100, 100]", ""},
    {"100 nhân dân tệ", money, "100", "CNY", cs::name, exact, "[100, 100]", ""},
    {"100 Nhân dân tệ", money, "100", "CNY", cs::name, exact, "[100, 100]", ""},
    {"100 NDT", money, "100", "CNY", cs::code, exact, "[100, 100]", ""},
    {"100 tệ", money, "100", "CNY", cs::name, exact, "[100, 100]", ""},
    {"40 đô la Mỹ", money, "40", "USD", cs::name, exact, "[40, 40]", ""},
    {"40 Đô la Mỹ", money, "40", "USD", cs::name, exact, "[40, 40]", ""},
    {"1.000 đôla Mỹ", money, "1000", "USD", cs::name, exact, "[1000, 1000]", ""},
    {"49 đô la", money, "49", "USD", cs::name, exact, "[49, 49]", ""},
    {"500 đôla", money, "500", "USD", cs::name, exact, "[500, 500]", ""},
    {"20 đô", money, "20", "USD", cs::name, exact, "[20, 20]", ""},
    {"300 Mỹ kim", money, "300", "USD", cs::name, exact, "[300, 300]", ""},
    {"40 US$", money, "40", "USD", cs::symbol, exact, "[40, 40]", ""},
    {"US$40", money, "40", "USD", cs::symbol, exact, "[40, 40]", ""},
    {"100 yên", money, "100", "JPY", cs::name, exact, "[100, 100]", ""},
    {"100 Yên Nhật", money, "100", "JPY", cs::name, exact, "[100, 100]", ""},
    {"100 yen", money, "100", "JPY", cs::name, exact, "[100, 100]", ""},
    {"100 euro", money, "100", "EUR", cs::name, exact, "[100, 100]", ""},
    {"100 €", money, "100", "EUR", cs::symbol, exact, "[100, 100]", ""},
    {"€100", money, "100", "EUR", cs::symbol, exact, "[100, 100]", ""},
    {"100 bảng Anh", money, "100", "GBP", cs::name, exact, "[100, 100]", ""},
    {"100 Bảng Anh", money, "100", "GBP", cs::name, exact, "[100, 100]", ""},
    {"£100", money, "100", "GBP", cs::symbol, exact, "[100, 100]", ""},
    {"¥500", money, "500", "CNY", cs::symbol, exact, "[500, 500]", ""},
    {"￥500", money, "500", "CNY", cs::symbol, exact, "[500, 500]", ""},
    {"1.000 Đô la Hồng Kông", money, "1000", "HKD", cs::name, exact, "[1000, 1000]", ""},
    {"1.000 Đô la Singapore", money, "1000", "SGD", cs::name, exact, "[1000, 1000]", ""},
    {"1.000 Won Hàn Quốc", money, "1000", "KRW", cs::name, exact, "[1000, 1000]", ""},
    {"1.000 Đồng Việt Nam", money, "1000", "VND", cs::name, exact, "[1000, 1000]", ""},
    {"100 đồng nhân dân tệ", money, "100", "CNY", cs::name, exact, "[100, 100]", ""},
    {"500 nghìn đồng", money, "500000", "VND", cs::name, exact, "[499500, 500500)", ""},
    {"1,5 nghìn USD", money, "1500", "USD", cs::code, exact, "[1450, 1550)", ""},
    {"200 nghìn nhân dân tệ", money, "200000", "CNY", cs::name, exact, "[199500, 200500)", ""},
    {"500 ngàn đồng", money, "500000", "VND", cs::name, exact, "[499500, 500500)", ""},
    {"20 ngàn USD", money, "20000", "USD", cs::code, exact, "[19500, 20500)", ""},
    {"200 triệu nhân dân tệ", money, "200000000", "CNY", cs::name, exact, "[199500000, 200500000)", ""},
    {"6 triệu USD", money, "6000000", "USD", cs::code, exact, "[5500000, 6500000)", ""},
    {"40 triệu USD", money, "40000000", "USD", cs::code, exact, "[39500000, 40500000)", ""},
    {"100 triệu đồng", money, "100000000", "VND", cs::name, exact, "[99500000, 100500000)", ""},
    {"637 triệu đồng", money, "637000000", "VND", cs::name, exact, "[636500000, 637500000)", ""},
    {"674 triệu USD", money, "674000000", "USD", cs::code, exact, "[673500000, 674500000)", ""},
    {"116,5 triệu euro", money, "116500000", "EUR", cs::name, exact, "[116450000, 116550000)", ""},
    {"5 triệu EURO", money, "5000000", "EUR", cs::name, exact, "[4500000, 5500000)", ""},
    {"2,5 triệu bảng Anh", money, "2500000", "GBP", cs::name, exact, "[2450000, 2550000)", ""},
    {"3 triệu yên", money, "3000000", "JPY", cs::name, exact, "[2500000, 3500000)", ""},
    {"10 triệu NDT", money, "10000000", "CNY", cs::code, exact, "[9500000, 10500000)", ""},
    {"1 triệu Mỹ kim", money, "1000000", "USD", cs::name, exact, "[500000, 1500000)", ""},
    {"15 triệu đô", money, "15000000", "USD", cs::name, exact, "[14500000, 15500000)", ""},
    {"7 triệu đôla", money, "7000000", "USD", cs::name, exact, "[6500000, 7500000)", ""},
    {"5 triệu đồng euro", money, "5000000", "EUR", cs::name, exact, "[4500000, 5500000)", ""},
    {"8 triệu VNĐ", money, "8000000", "VND", cs::code, exact, "[7500000, 8500000)", ""},
    {"9 triệu VND", money, "9000000", "VND", cs::code, exact, "[8500000, 9500000)", ""},
    {"12 triệu đ", money, "12000000", "VND", cs::symbol, exact, "[11500000, 12500000)", ""},
    {"12,5 triệu ₫", money, "12500000", "VND", cs::symbol, exact, "[12450000, 12550000)", ""},
    {"3 triệu CNY", money, "3000000", "CNY", cs::code, exact, "[2500000, 3500000)", ""},
    {"100 tỷ nhân dân tệ", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"1 tỷ nhân dân tệ", money, "1000000000", "CNY", cs::name, exact, "[500000000, 1500000000)", ""},
    {"1.600 tỷ Nhân dân tệ", money, "1600000000000", "CNY", cs::name, exact, "[1599500000000, 1600500000000)", ""},
    {"100 tỷ NDT", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"20 tỷ NDT", money, "20000000000", "CNY", cs::code, exact, "[19500000000, 20500000000)", ""},
    {"100 tỷ CNY", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"100 tỷ đồng nhân dân tệ", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"100 tỷ tệ", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"14 tỷ USD", money, "14000000000", "USD", cs::code, exact, "[13500000000, 14500000000)", ""},
    {"14,2 tỷ USD", money, "14200000000", "USD", cs::code, exact, "[14150000000, 14250000000)", ""},
    {"14,0 tỷ USD", money, "14000000000", "USD", cs::code, exact, "[13950000000, 14050000000)", ""},
    {"65 tỷ USD", money, "65000000000", "USD", cs::code, exact, "[64500000000, 65500000000)", ""},
    {"7,45 tỷ USD", money, "7450000000", "USD", cs::code, exact, "[7445000000, 7455000000)", ""},
    {"0,75 tỷ USD", money, "750000000", "USD", cs::code, exact, "[745000000, 755000000)", ""},
    {"78,3 tỷ USD", money, "78300000000", "USD", cs::code, exact, "[78250000000, 78350000000)", ""},
    {"240 tỷ USD", money, "240000000000", "USD", cs::code, exact, "[239500000000, 240500000000)", ""},
    {"1,5 tỷ đồng", money, "1500000000", "VND", cs::name, exact, "[1450000000, 1550000000)", ""},
    {"100 tỷ đồng", money, "100000000000", "VND", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"2.500 tỷ đồng", money, "2500000000000", "VND", cs::name, exact, "[2499500000000, 2500500000000)", ""},
    {"100.000 tỷ đồng", money, "100000000000000", "VND", cs::name, exact, "[99999500000000, 100000500000000)", ""},
    {"49 tỷ đô la", money, "49000000000", "USD", cs::name, exact, "[48500000000, 49500000000)", ""},
    {"10 tỷ đô la Mỹ", money, "10000000000", "USD", cs::name, exact, "[9500000000, 10500000000)", ""},
    {"3 tỷ đôla Mỹ", money, "3000000000", "USD", cs::name, exact, "[2500000000, 3500000000)", ""},
    {"100 tỷ yên", money, "100000000000", "JPY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"100 tỷ yen", money, "100000000000", "JPY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"10 tỷ đồng yên", money, "10000000000", "JPY", cs::name, exact, "[9500000000, 10500000000)", ""},
    {"2 tỷ euro", money, "2000000000", "EUR", cs::name, exact, "[1500000000, 2500000000)", ""},
    {"2 tỷ bảng Anh", money, "2000000000", "GBP", cs::name, exact, "[1500000000, 2500000000)", ""},
    {"5 tỷ VNĐ", money, "5000000000", "VND", cs::code, exact, "[4500000000, 5500000000)", ""},
    {"5 tỷ ₫", money, "5000000000", "VND", cs::symbol, exact, "[4500000000, 5500000000)", ""},
    {"5 tỷ đ", money, "5000000000", "VND", cs::symbol, exact, "[4500000000, 5500000000)", ""},
    {"1 tỷ Mỹ kim", money, "1000000000", "USD", cs::name, exact, "[500000000, 1500000000)", ""},
    {"8,1 tỉ USD", money, "8100000000", "USD", cs::code, exact, "[8050000000, 8150000000)", ""},
    {"22,5 tỉ USD", money, "22500000000", "USD", cs::code, exact, "[22450000000, 22550000000)", ""},
    {"83,201 tỉ yen", money, "83201000000", "JPY", cs::name, exact, "[83200500000, 83201500000)", ""},
    {"10 tỉ đồng", money, "10000000000", "VND", cs::name, exact, "[9500000000, 10500000000)", ""},
    {"1 tỉ nhân dân tệ", money, "1000000000", "CNY", cs::name, exact, "[500000000, 1500000000)", ""},
    {"2 nghìn tỷ đồng", money, "2000000000000", "VND", cs::name, exact, "[1500000000000, 2500000000000)", ""},
    {"1,2 nghìn tỷ USD", money, "1200000000000", "USD", cs::code, exact, "[1150000000000, 1250000000000)", ""},
    {"10 nghìn tỷ nhân dân tệ", money, "10000000000000", "CNY", cs::name, exact, "[9500000000000, 10500000000000)", ""},
    {"3 ngàn tỷ đồng", money, "3000000000000", "VND", cs::name, exact, "[2500000000000, 3500000000000)", ""},
    {"1,4 ngàn tỷ USD", money, "1400000000000", "USD", cs::code, exact, "[1350000000000, 1450000000000)", ""},
    {"5 nghìn tỉ đồng", money, "5000000000000", "VND", cs::name, exact, "[4500000000000, 5500000000000)", ""},
    {"1,3 triệu tỷ đồng", money, "1300000000000000", "VND", cs::name, exact, "[1250000000000000, 1350000000000000)", ""},
    {"2 triệu tỷ USD", money, "2000000000000000", "USD", cs::code, exact, "[1500000000000000, 2500000000000000)", ""},
    {"500 N đồng", money, "500000", "VND", cs::name, exact, "[499500, 500500)", ""},
    {"15 Tr đồng", money, "15000000", "VND", cs::name, exact, "[14500000, 15500000)", ""},
    {"2,5 Tr USD", money, "2500000", "USD", cs::code, exact, "[2450000, 2550000)", ""},
    {"14 T USD", money, "14000000000", "USD", cs::code, exact, "[13500000000, 14500000000)", ""},
    {"1,5 T đồng", money, "1500000000", "VND", cs::name, exact, "[1450000000, 1550000000)", ""},
    {"14 T US$", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"2 NT đồng", money, "2000000000000", "VND", cs::name, exact, "[1500000000000, 2500000000000)", ""},
    {"1,2 NT USD", money, "1200000000000", "USD", cs::code, exact, "[1150000000000, 1250000000000)", ""},
    {"USD 14 tỷ", money, "14000000000", "USD", cs::code, exact, "[13500000000, 14500000000)", ""},
    {"US$14 tỷ", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"$14 tỷ", money, "14000000000", "USD", cs::symbol, exact, "[13500000000, 14500000000)", ""},
    {"¥100 tỷ", money, "100000000000", "CNY", cs::symbol, exact, "[99500000000, 100500000000)", ""},
    {"￥100 tỷ", money, "100000000000", "CNY", cs::symbol, exact, "[99500000000, 100500000000)", ""},
    {"€5 triệu", money, "5000000", "EUR", cs::symbol, exact, "[4500000, 5500000)", ""},
    {"£3 triệu", money, "3000000", "GBP", cs::symbol, exact, "[2500000, 3500000)", ""},
    {"CNY 100 tỷ", money, "100000000000", "CNY", cs::code, exact, "[99500000000, 100500000000)", ""},
    {"14 tỷ đô la Mỹ", money, "14000000000", "USD", cs::name, exact, "[13500000000, 14500000000)", ""},
    {"100 tỷ Nhân Dân Tệ", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"100 tỷ NHÂN DÂN TỆ", money, "100000000000", "CNY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"9 tỷ đô", money, "9000000000", "USD", cs::name, exact, "[8500000000, 9500000000)", ""},
    {"4,5 tỷ euro", money, "4500000000", "EUR", cs::name, exact, "[4450000000, 4550000000)", ""},
    {"1,75 tỷ đô la Hồng Kông", money, "1750000000", "HKD", cs::name, exact, "[1745000000, 1755000000)", ""},
    {"4.000 tỷ", money, "4000000000000", "VND", cs::implied, exact, "[3999500000000, 4000500000000)", ""},
    {"27.500 tỉ", money, "27500000000000", "VND", cs::implied, exact, "[27499500000000, 27500500000000)", ""},
    {"5 triệu", money, "5000000", "VND", cs::implied, exact, "[4500000, 5500000)", ""},
    {"1,5 tỷ", money, "1500000000", "VND", cs::implied, exact, "[1450000000, 1550000000)", ""},
    {"83,201 tỉ", money, "83201000000", "VND", cs::implied, exact, "[83200500000, 83201500000)", ""},
    {"1,3 triệu tỷ", money, "1300000000000000", "VND", cs::implied, exact, "[1250000000000000, 1350000000000000)", ""},
    {"2 nghìn tỷ", money, "2000000000000", "VND", cs::implied, exact, "[1500000000000, 2500000000000)", ""},
    {"500 nghìn", money, "500000", "VND", cs::implied, exact, "[499500, 500500)", ""},
    {"300 ngàn", money, "300000", "VND", cs::implied, exact, "[299500, 300500)", ""},
    {"khoảng 5,4 tỉ USD", money, "5400000000", "USD", cs::code, approx, "[4810000000, 5990000000]", ""},
    {"khoảng 8 tỷ USD", money, "8000000000", "USD", cs::code, approx, "[6700000000, 9300000000]", ""},
    {"khoảng 14 tỷ USD", money, "14000000000", "USD", cs::code, approx, "[12100000000, 15900000000]", ""},
    {"khoảng 637 triệu đồng", money, "637000000", "VND", cs::name, approx, "[572800000, 701200000]", ""},
    {"gần 65 tỷ USD", money, "65000000000", "USD", cs::code, approx, "[58000000000, 72000000000]", ""},
    {"gần 1.000 tỉ", money, "1000000000000", "VND", cs::implied, approx, "[899500000000, 1100500000000]", ""},
    {"chừng 10 triệu đồng", money, "10000000", "VND", cs::name, approx, "[8500000, 11500000]", ""},
    {"xấp xỉ 2 tỷ USD", money, "2000000000", "USD", cs::code, approx, "[1300000000, 2700000000]", ""},
    {"ước 300 tỷ đồng", money, "300000000000", "VND", cs::name, approx, "[269500000000, 330500000000]", ""},
    {"ước tính 1,2 tỷ USD", money, "1200000000", "USD", cs::code, approx, "[1030000000, 1370000000]", ""},
    {"trên dưới 5 tỷ đồng", money, "5000000000", "VND", cs::name, approx, "[4000000000, 6000000000]", ""},
    {"ngót 1 tỷ đồng", money, "1000000000", "VND", cs::name, approx, "[400000000, 1600000000]", ""},
    {"xuýt xoát 90 triệu đồng", money, "90000000", "VND", cs::name, approx, "[80500000, 99500000]", ""},
    {"suýt soát 2 tỷ đồng", money, "2000000000", "VND", cs::name, approx, "[1300000000, 2700000000]", ""},
    {"khoảng 10.000 đồng", money, "10000", "VND", cs::name, approx, "[9000, 11000]", ""},
    {"khoảng 100 tỷ nhân dân tệ", money, "100000000000", "CNY", cs::name, approx, "[89500000000, 110500000000]", ""},
    {"dưới 6 triệu USD", money, "6000000", "USD", cs::code, lt, "[0, 6000000)", ""},
    {"dưới 1.000 đôla Mỹ", money, "1000", "USD", cs::name, lt, "[0, 1000)", ""},
    {"dưới 5 tỷ đồng", money, "5000000000", "VND", cs::name, lt, "[0, 5000000000)", ""},
    {"chưa tới 5 triệu đồng", money, "5000000", "VND", cs::name, lt, "[0, 5000000)", ""},
    {"chưa đến 2 tỷ USD", money, "2000000000", "USD", cs::code, lt, "[0, 2000000000)", ""},
    {"ít hơn 100 triệu nhân dân tệ", money, "100000000", "CNY", cs::name, lt, "[0, 100000000)", ""},
    {"dưới 10 triệu", money, "10000000", "VND", cs::implied, lt, "[0, 10000000)", ""},
    {"tối đa 100 triệu đồng", money, "100000000", "VND", cs::name, le, "[0, 100000000]", ""},
    {"không quá 7.000 đồng", money, "7000", "VND", cs::name, le, "[0, 7000]", ""},
    {"lên tới 100 tỷ nhân dân tệ", money, "100000000000", "CNY", cs::name, le, "[0, 100000000000]", ""},
    {"lên đến 70 tỷ USD", money, "70000000000", "USD", cs::code, le, "[0, 70000000000]", ""},
    {"tới 100 triệu đồng", money, "100000000", "VND", cs::name, le, "[0, 100000000]", ""},
    {"đến 100 triệu đồng", money, "100000000", "VND", cs::name, le, "[0, 100000000]", ""},
    {"lên tới 5 triệu USD", money, "5000000", "USD", cs::code, le, "[0, 5000000]", ""},
    {"hơn 50 tỷ USD", money, "50000000000", "USD", cs::code, gt, "(50000000000, +inf)", ""},
    {"hơn 300 tỷ USD", money, "300000000000", "USD", cs::code, gt, "(300000000000, +inf)", ""},
    {"hơn 1.000 tỷ USD", money, "1000000000000", "USD", cs::code, gt, "(1000000000000, +inf)", ""},
    {"hơn 27.500 tỉ", money, "27500000000000", "VND", cs::implied, gt, "(27500000000000, +inf)", ""},
    {"trên 10 triệu", money, "10000000", "VND", cs::implied, gt, "(10000000, +inf)", ""},
    {"trên 10 triệu đồng", money, "10000000", "VND", cs::name, gt, "(10000000, +inf)", ""},
    {"vượt 1.600 tỷ Nhân dân tệ", money, "1600000000000", "CNY", cs::name, gt, "(1600000000000, +inf)", ""},
    {"vượt 100 tỷ yen", money, "100000000000", "JPY", cs::name, gt, "(100000000000, +inf)", ""},
    {"vượt quá 2 tỷ USD", money, "2000000000", "USD", cs::code, gt, "(2000000000, +inf)", ""},
    {"hơn 5 triệu USD một chút", money, "5000000", "USD", cs::code, gt, "(5000000, +inf)", ""},
    {"ít nhất 5 tỷ đồng", money, "5000000000", "VND", cs::name, ge, "[5000000000, +inf)", ""},
    {"tối thiểu 2 triệu USD", money, "2000000", "USD", cs::code, ge, "[2000000, +inf)", ""},
    {"không dưới 5 tỷ đồng", money, "5000000000", "VND", cs::name, ge, "[5000000000, +inf)", ""},
    {"ít nhất $1,42", money, "1.42", "USD", cs::symbol, ge, "[1.42, +inf)", ""},
    {"hơn 10.000 GPU", count, "10000", "", cs::none, gt, "(10000, +inf)", ""},
    {"khoảng 10.000 GPU", count, "10000", "", cs::none, approx, "[9000, 11000]", ""},
    {"dưới 500 công nhân", count, "500", "", cs::none, lt, "[0, 500)", ""},
    {"từ 5 đến 6 triệu USD", money, "5000000", "USD", cs::code, exact, "[4500000, 6500000)", "6000000"},
    {"từ 5 tới 6 tỷ đồng", money, "5000000000", "VND", cs::name, exact, "[4500000000, 6500000000)", "6000000000"},
    {"5 - 6 triệu", money, "5000000", "VND", cs::implied, exact, "[4500000, 6500000)", "6000000"},
    {"5-6 triệu USD", money, "5000000", "USD", cs::code, exact, "[4500000, 6500000)", "6000000"},
    {"5–6 tỷ đồng", money, "5000000000", "VND", cs::name, exact, "[4500000000, 6500000000)", "6000000000"},
    {"từ 6 – 10 triệu", money, "6000000", "VND", cs::implied, exact, "[5500000, 10500000)", "10000000"},
    {"từ 10.000.000 đồng đến 20.000.000 đồng", money, "10000000", "VND", cs::name, exact, "[10000000, 20000000]", "20000000"},
    {"từ 1000 VNĐ tới 2000 VNĐ", money, "1000", "VND", cs::code, exact, "[1000, 2000]", "2000"},
    {"1.000-2.000 đồng", money, "1000", "VND", cs::name, exact, "[1000, 2000]", "2000"},
    {"từ 1,5 đến 2 tỷ USD", money, "1500000000", "USD", cs::code, exact, "[1450000000, 2500000000)", "2000000000"},
    {"200-500 tỷ nhân dân tệ", money, "200000000000", "CNY", cs::name, exact, "[199500000000, 500500000000)", "500000000000"},
    {"từ 5 triệu USD đến 6 triệu USD", money, "5000000", "USD", cs::code, exact, "[4500000, 6500000)", "6000000"},
    {"3 – 4 nghìn tỷ đồng", money, "3000000000000", "VND", cs::name, exact, "[2500000000000, 4500000000000)", "4000000000000"},
    {"từ 500 triệu đến 1 tỷ đồng", money, "500000000", "VND", cs::name, exact, "[499500000, 1500000000)", "1000000000"},
    {"10.000-20.000 GPU", count, "10000", "", cs::none, exact, "[10000, 20000]", "20000"},
    {"hai trăm triệu đồng", money, "200000000", "VND", cs::name, exact, "", ""},
    {"hai trăm triệu", money, "200000000", "VND", cs::implied, exact, "", ""},
    {"một trăm lẻ năm", count, "105", "", cs::none, exact, "", ""},
    {"một trăm linh năm", count, "105", "", cs::none, exact, "", ""},
    {"hai trăm", count, "200", "", cs::none, exact, "", ""},
    {"một trăm lẻ năm tỷ đồng", money, "105000000000", "VND", cs::name, exact, "", ""},
    {"một trăm linh năm triệu USD", money, "105000000", "USD", cs::code, exact, "", ""},
    {"hai mươi mốt triệu đồng", money, "21000000", "VND", cs::name, exact, "", ""},
    {"hai mươi mốt triệu USD", money, "21000000", "USD", cs::code, exact, "", ""},
    {"ba mươi lăm tỷ đồng", money, "35000000000", "VND", cs::name, exact, "", ""},
    {"bốn mươi tư nghìn đồng", money, "44000", "VND", cs::name, exact, "", ""},
    {"bốn mươi tư triệu USD", money, "44000000", "USD", cs::code, exact, "", ""},
    {"mười lăm triệu đồng", money, "15000000", "VND", cs::name, exact, "", ""},
    {"năm trăm nghìn đồng", money, "500000", "VND", cs::name, exact, "", ""},
    {"một triệu Mỹ kim", money, "1000000", "USD", cs::name, exact, "", ""},
    {"ba tỷ nhân dân tệ", money, "3000000000", "CNY", cs::name, exact, "", ""},
    {"một nghìn tỷ đồng", money, "1000000000000", "VND", cs::name, exact, "", ""},
    {"hai mươi nghìn đồng", money, "20000", "VND", cs::name, exact, "", ""},
    {"chín trăm chín mươi chín nghìn đồng", money, "999000", "VND", cs::name, exact, "", ""},
    {"hai trăm năm mươi triệu đồng", money, "250000000", "VND", cs::name, exact, "", ""},
    {"bảy mươi mốt tỷ USD", money, "71000000000", "USD", cs::code, exact, "", ""},
    {"hai mươi tư triệu USD", money, "24000000", "USD", cs::code, exact, "", ""},
    {"ba mươi lăm nghìn", money, "35000", "VND", cs::implied, exact, "", ""},
    {"dưới bảy ngàn đồng", money, "7000", "VND", cs::name, lt, "[0, 7000)", ""},
    {"hơn hai trăm triệu đồng", money, "200000000", "VND", cs::name, gt, "(200000000, +inf)", ""},
    {"lên tới một trăm tỷ đồng", money, "100000000000", "VND", cs::name, le, "[0, 100000000000]", ""},
    {"ít nhất năm trăm nghìn đồng", money, "500000", "VND", cs::name, ge, "[500000, +inf)", ""},
    {"10.000 GPU", count, "10000", "", cs::none, exact, "[10000, 10000]", ""},
    {"10.000", count, "10000", "", cs::none, exact, "[10000, 10000]", ""},
    {"1.200 doanh nghiệp", count, "1200", "", cs::none, exact, "[1200, 1200]", ""},
    {"500 công nhân", count, "500", "", cs::none, exact, "[500, 500]", ""},
    {"25 nhà máy", count, "25", "", cs::none, exact, "[25, 25]", ""},
    {"1.000.000 người dùng", count, "1000000", "", cs::none, exact, "[1000000, 1000000]", ""},
    {"12.345 ô tô", count, "12345", "", cs::none, exact, "[12345, 12345]", ""},
    {"5%", percent, "5", "", cs::none, exact, "", ""},
    {"0,5%", percent, "0.5", "", cs::none, exact, "", ""},
    {"12,5%", percent, "12.5", "", cs::none, exact, "", ""},
    {"12,25%", percent, "12.25", "", cs::none, exact, "", ""},
    {"5 phần trăm", percent, "5", "", cs::none, exact, "", ""},
    {"3,8 phần trăm", percent, "3.8", "", cs::none, exact, "", ""},
    {"100%", percent, "100", "", cs::none, exact, "", ""},
    {"năm 2021", year, "2021", "", cs::none, exact, "", ""},
    {"năm 2023", year, "2023", "", cs::none, exact, "", ""},
    {"45 tuổi", age, "45", "", cs::none, exact, "", ""},
    {"30 tuổi", age, "30", "", cs::none, exact, "", ""},
    {"25.000 đồng", money, "25000", "VND", cs::name, exact, "[25000, 25000]", ""},
    {"3.500 đồng", money, "3500", "VND", cs::name, exact, "[3500, 3500]", ""},
    {"999.999 đồng", money, "999999", "VND", cs::name, exact, "[999999, 999999]", ""},
    {"1.000.000.000 đồng", money, "1000000000", "VND", cs::name, exact, "[1000000000, 1000000000]", ""},
    {"12,5 USD", money, "12.5", "USD", cs::code, exact, "[12.5, 12.5]", ""},
    {"99,99 euro", money, "99.99", "EUR", cs::name, exact, "[99.99, 99.99]", ""},
    {"2,5 đô la Mỹ", money, "2.5", "USD", cs::name, exact, "[2.5, 2.5]", ""},
    {"1.000 USD", money, "1000", "USD", cs::code, exact, "[1000, 1000]", ""},
    {"5.000 NDT", money, "5000", "CNY", cs::code, exact, "[5000, 5000]", ""},
    {"250.000 ₫", money, "250000", "VND", cs::symbol, exact, "[250000, 250000]", ""},
    {"7.500 VNĐ", money, "7500", "VND", cs::code, exact, "[7500, 7500]", ""},
    {"100.000 yên", money, "100000", "JPY", cs::name, exact, "[100000, 100000]", ""},
    {"20.000 bảng Anh", money, "20000", "GBP", cs::name, exact, "[20000, 20000]", ""},
    {"3,5 nghìn tỷ đồng", money, "3500000000000", "VND", cs::name, exact, "[3450000000000, 3550000000000)", ""},
    {"27.500 tỉ đồng", money, "27500000000000", "VND", cs::name, exact, "[27499500000000, 27500500000000)", ""},
    {"4.000 tỷ đồng", money, "4000000000000", "VND", cs::name, exact, "[3999500000000, 4000500000000)", ""},
    {"1.000 tỷ USD", money, "1000000000000", "USD", cs::code, exact, "[999500000000, 1000500000000)", ""},
    {"0,5 triệu USD", money, "500000", "USD", cs::code, exact, "[450000, 550000)", ""},
    {"300 nghìn USD", money, "300000", "USD", cs::code, exact, "[299500, 300500)", ""},
    {"1,25 tỷ USD", money, "1250000000", "USD", cs::code, exact, "[1245000000, 1255000000)", ""},
    {"100 triệu euro", money, "100000000", "EUR", cs::name, exact, "[99500000, 100500000)", ""},
    {"50 triệu bảng Anh", money, "50000000", "GBP", cs::name, exact, "[49500000, 50500000)", ""},
    {"20 tỷ yên", money, "20000000000", "JPY", cs::name, exact, "[19500000000, 20500000000)", ""},
    {"6 tỷ nhân dân tệ", money, "6000000000", "CNY", cs::name, exact, "[5500000000, 6500000000)", ""},
    {"150 ngàn đồng", money, "150000", "VND", cs::name, exact, "[149500, 150500)", ""},
    {"2 tỉ USD", money, "2000000000", "USD", cs::code, exact, "[1500000000, 2500000000)", ""},
    {"12 tỉ NDT", money, "12000000000", "CNY", cs::code, exact, "[11500000000, 12500000000)", ""},
    {"3,2 ngàn tỷ đồng", money, "3200000000000", "VND", cs::name, exact, "[3150000000000, 3250000000000)", ""},
    {"5 triệu tỷ đồng", money, "5000000000000000", "VND", cs::name, exact, "[4500000000000000, 5500000000000000)", ""},
    {"100 triệu Đô la Mỹ", money, "100000000", "USD", cs::name, exact, "[99500000, 100500000)", ""},
    {"100 tỷ Yên Nhật", money, "100000000000", "JPY", cs::name, exact, "[99500000000, 100500000000)", ""},
    {"khoảng 22,5 tỉ USD", money, "22500000000", "USD", cs::code, approx, "[20200000000, 24800000000]", ""},
    {"gần 100 triệu USD", money, "100000000", "USD", cs::code, approx, "[89500000, 110500000]", ""},
    {"xấp xỉ 14,2 tỷ USD", money, "14200000000", "USD", cs::code, approx, "[12730000000, 15670000000]", ""},
    {"ước tính 500 triệu USD", money, "500000000", "USD", cs::code, approx, "[449500000, 550500000]", ""},
    {"chừng 3 tỷ đồng", money, "3000000000", "VND", cs::name, approx, "[2200000000, 3800000000]", ""},
    {"ngót 2 triệu USD", money, "2000000", "USD", cs::code, approx, "[1300000, 2700000]", ""},
    {"hơn 2.000 tỷ đồng", money, "2000000000000", "VND", cs::name, gt, "(2000000000000, +inf)", ""},
    {"trên 100 tỷ đồng", money, "100000000000", "VND", cs::name, gt, "(100000000000, +inf)", ""},
    {"vượt 5 tỷ USD", money, "5000000000", "USD", cs::code, gt, "(5000000000, +inf)", ""},
    {"dưới 1 triệu đồng", money, "1000000", "VND", cs::name, lt, "[0, 1000000)", ""},
    {"chưa tới 1 tỷ đồng", money, "1000000000", "VND", cs::name, lt, "[0, 1000000000)", ""},
    {"ít hơn 10 tỷ USD", money, "10000000000", "USD", cs::code, lt, "[0, 10000000000)", ""},
    {"lên đến 1 tỷ USD", money, "1000000000", "USD", cs::code, le, "[0, 1000000000]", ""},
    {"tối đa 5 tỷ đồng", money, "5000000000", "VND", cs::name, le, "[0, 5000000000]", ""},
    {"không quá 2 tỷ USD", money, "2000000000", "USD", cs::code, le, "[0, 2000000000]", ""},
    {"tối thiểu 100 triệu đồng", money, "100000000", "VND", cs::name, ge, "[100000000, +inf)", ""},
    {"ít nhất 1 tỷ nhân dân tệ", money, "1000000000", "CNY", cs::name, ge, "[1000000000, +inf)", ""},
    {"từ 2 đến 3 tỷ nhân dân tệ", money, "2000000000", "CNY", cs::name, exact, "[1500000000, 3500000000)", "3000000000"},
    {"1-2 triệu USD", money, "1000000", "USD", cs::code, exact, "[500000, 2500000)", "2000000"},
    {"từ 100 đến 200 triệu đồng", money, "100000000", "VND", cs::name, exact, "[99500000, 200500000)", "200000000"},
    // "rưỡi" after the scale adds half a unit, written to the nearest half unit.
    {"2 triệu rưỡi USD", money, "2500000", "USD", cs::code, exact, "[2250000, 2750000)", ""},
    {"1 tỷ rưỡi đồng", money, "1500000000", "VND", cs::name, exact, "[1250000000, 1750000000)", ""},
    {"một tỷ rưỡi", money, "1500000000", "VND", cs::implied, exact, "[1250000000, 1750000000)", ""},
    {"hai triệu rưởi đồng", money, "2500000", "VND", cs::name, exact, "[2250000, 2750000)", ""},
    {"khoảng 3 nghìn tỷ rưỡi đồng", money, "3500000000000", "VND", cs::name, approx, "", ""},
    {"dưới 1 triệu rưỡi USD", money, "1500000", "USD", cs::code, lt, "[0, 1500000)", ""},
    // Issue 10: the world's currencies by name, with `bảng` after an amount as GBP.
    {"77 triệu bảng", money, "77000000", "GBP", cs::name, exact, "[76500000, 77500000)", ""},
    {"150.000 bảng", money, "150000", "GBP", cs::name, exact, "[150000, 150000]", ""},
    {"5.000 won", money, "5000", "KRW", cs::name, exact, "[5000, 5000]", ""},
    {"20 rupee", money, "20", "INR", cs::name, exact, "[20, 20]", ""},
    {"300 rupi", money, "300", "INR", cs::name, exact, "[300, 300]", ""},
    {"692 triệu peso", money, "692000000", "PHP", cs::name, exact, "[691500000, 692500000)", ""},
    {"xấp xỉ 300.000 rúp", money, "300000", "RUB", cs::name, approx, "[270000, 330000]", ""},
    {"2 tỷ real", money, "2000000000", "BRL", cs::name, exact, "[1500000000, 2500000000)", ""},
    {"350 tỉ shekel", money, "350000000000", "ILS", cs::name, exact, "[349500000000, 350500000000)", ""},
    {"90 triệu lira", money, "90000000", "TRY", cs::name, exact, "[89500000, 90500000)", ""},
    {"42 ringgit", money, "42", "MYR", cs::name, exact, "[42, 42]", ""},
    {"25.000 đôla Singapore", money, "25000", "SGD", cs::name, exact, "[25000, 25000]", ""},
    {"84.000 đôla Hong Kong", money, "84000", "HKD", cs::name, exact, "[84000, 84000]", ""},
    {"400 đô la Úc", money, "400", "AUD", cs::name, exact, "[400, 400]", ""},
    {"50 đô Canada", money, "50", "CAD", cs::name, exact, "[50, 50]", ""},
    {"50 man", money, "500000", "JPY", cs::name, exact, "[495000, 505000)", ""},
    {"27,93 tỷ franc", money, "27930000000", "CHF", cs::name, exact, "[27925000000, 27935000000)", ""},
    {"$28 triệu Úc kim", money, "28000000", "AUD", cs::name, exact, "[27500000, 28500000)", ""},
    // Subunits in major units.
    {"23 xu Anh", money, "0.23", "GBP", cs::name, exact, "[0.23, 0.23]", ""},
    {"75 xu", money, "0.75", "USD", cs::implied, exact, "[0.75, 0.75]", ""},
    // Scale words: crore, nửa, a bare trăm or chục before the scale.
    {"4 crore rupee", money, "40000000", "INR", cs::name, exact, "[35000000, 45000000)", ""},
    {"trăm triệu đôla", money, "100000000", "USD", cs::name, exact, "", ""},
    {"nửa tỷ đồng", money, "500000000", "VND", cs::name, exact, "[250000000, 750000000)", ""},
    {"gần nửa tỷ USD", money, "500000000", "USD", cs::code, approx, "", ""},
    {"hơn nửa triệu USD", money, "500000", "USD", cs::code, gt, "(500000, +inf)", ""},
    {"hơn chục triệu đồng", money, "10000000", "VND", cs::name, gt, "(10000000, +inf)", ""},
    {"gần trăm tỉ đồng", money, "100000000000", "VND", cs::name, approx, "", ""},
    {"một triệu đồng", money, "1000000", "VND", cs::name, exact, "", ""},
    // Elliptical ranges: the first end drops its thousands only where the second end says so.
    {"từ 300 - 450.000 đồng", money, "300000", "VND", cs::name, exact, "[300000, 450000]", "450000"},
    {"80 - 180.000 đồng", money, "80000", "VND", cs::name, exact, "[80000, 180000]", "180000"},
    {"200-250.000 đồng", money, "200000", "VND", cs::name, exact, "[200000, 250000]", "250000"},
    {"từ 971 - 5.625 đồng", money, "971", "VND", cs::name, exact, "[971, 5625]", "5625"},
    {"900-4.000 euro", money, "900", "EUR", cs::name, exact, "[900, 4000]", "4000"},
    {"từ 700.000 đồng đến 1,2 triệu đồng", money, "700000", "VND", cs::name, exact, "[700000, 1250000)", "1200000"},
    {"từ 200.000 đến 50 triệu đồng", money, "200000", "VND", cs::name, exact, "[200000, 50500000)", "50000000"},
    {"46.000 – 49.000 đồng", money, "46000", "VND", cs::name, exact, "[46000, 49000]", "49000"},
    // Mixed conventions: the currency settles what the separators do not.
    {"$3.000", money, "3000", "USD", cs::symbol, exact, "[3000, 3000]", ""},
    {"512,300,400 đồng", money, "512300400", "VND", cs::name, exact, "[512300400, 512300400]", ""},
    {"2.345,6 USD", money, "2345.6", "USD", cs::code, exact, "[2345.6, 2345.6]", ""},
    {"456,165 NOK", money, "456165", "NOK", cs::code, exact, "[456165, 456165]", ""},
    // Spacing: a currency touching the scale word, a scale word touching the digits, NBSP.
    {"4.700tỷđồng", money, "4700000000000", "VND", cs::name, exact, "[4699500000000, 4700500000000)", ""},
    {"58,4 triệuđồng", money, "58400000", "VND", cs::name, exact, "[58350000, 58450000)", ""},
    {"62triệu đồng", money, "62000000", "VND", cs::name, exact, "[61500000, 62500000)", ""},
    {"5\xC2\xA0triệu đồng", money, "5000000", "VND", cs::name, exact, "[4500000, 5500000)", ""},
    // Qualifiers: stacked (the bound wins), after the amount, `từ` before a single price.
    {"trên dưới 150 triệu đồng", money, "150000000", "VND", cs::name, approx, "", ""},
    {"cao hơn đến 18 triệu đồng", money, "18000000", "VND", cs::name, le, "[0, 18000000]", ""},
    {"từ 1,2 triệu đồng", money, "1200000", "VND", cs::name, ge, "[1200000, +inf)", ""},
    {"500 triệu đồng trở xuống", money, "500000000", "VND", cs::name, le, "[0, 500000000]", ""},
    {"5 tỷ đồng trở lên", money, "5000000000", "VND", cs::name, ge, "[5000000000, +inf)", ""},
    {"kém hơn 5 triệu đồng", money, "5000000", "VND", cs::name, lt, "[0, 5000000)", ""},
    {"ít hơn 2 triệu đồng", money, "2000000", "VND", cs::name, lt, "[0, 2000000)", ""},
    {"không hơn 3 tỷ đồng", money, "3000000000", "VND", cs::name, le, "[0, 3000000000]", ""},
    {"không cao hơn 2 triệu USD", money, "2000000", "USD", cs::code, le, "[0, 2000000]", ""},
    {"lên tới khoảng 400 tỉ won", money, "400000000000", "KRW", cs::name, le, "[0, 400000000000]", ""},
    {"tối đa không quá 4.500.000 đồng", money, "4500000", "VND", cs::name, le, "[0, 4500000]", ""},
    {"quá 1 triệu đồng", money, "1000000", "VND", cs::name, gt, "(1000000, +inf)", ""},
    // Item 10 of the issue: read whole, never a part of it.
    {"3 chấm 45 đô la", money, "3.45", "USD", cs::name, exact, "[3.45, 3.45]", ""},
    {"12 USD 40", money, "12.40", "USD", cs::code, exact, "[12.40, 12.40]", ""},
    {"$10.000", money, "10000", "USD", cs::symbol, exact, "[10000, 10000]", ""},
    {"60 USD million", money, "60000000", "USD", cs::code, exact, "[59500000, 60500000)", ""},
    // Spelled-out amounts without a scale word.
    {"mười đô la", money, "10", "USD", cs::name, exact, "", ""},
    {"hai mươi lăm đô", money, "25", "USD", cs::name, exact, "", ""},
    {"năm đô la", money, "5", "USD", cs::name, exact, "", ""},
    {"hai nghìn đồng", money, "2000", "VND", cs::name, exact, "", ""},
    {"một trăm đô la", money, "100", "USD", cs::name, exact, "", ""},
    {"ba mươi euro", money, "30", "EUR", cs::name, exact, "", ""},
    {"bảy mươi lăm yên", money, "75", "JPY", cs::name, exact, "", ""},
    {"mười lăm nhân dân tệ", money, "15", "CNY", cs::name, exact, "", ""},
    // More subunits and slang.
    {"50 xu Mỹ", money, "0.50", "USD", cs::name, exact, "[0.50, 0.50]", ""},
    {"90 xu", money, "0.90", "USD", cs::implied, exact, "[0.90, 0.90]", ""},
    {"năm đô la hai mươi xu", money, "5.20", "USD", cs::name, exact, "[5.20, 5.20]", ""},
    {"8 đô la và 15 xu", money, "8.15", "USD", cs::name, exact, "[8.15, 8.15]", ""},
    {"ba đô la năm xu", money, "3.05", "USD", cs::name, exact, "[3.05, 3.05]", ""},
    {"500 xu Anh", money, "5.00", "GBP", cs::name, exact, "[5.00, 5.00]", ""},
    // More mixed conventions and spacing.
    {"$4.5", money, "4.5", "USD", cs::symbol, exact, "[4.5, 4.5]", ""},
    {"$1.500.000", money, "1500000", "USD", cs::symbol, exact, "[1500000, 1500000]", ""},
    {"1,234,567 đồng", money, "1234567", "VND", cs::name, exact, "[1234567, 1234567]", ""},
    {"45,455 euros", money, "45455", "EUR", cs::name, exact, "[45455, 45455]", ""},
    {"100USD", money, "100", "USD", cs::code, exact, "[100, 100]", ""},
    {"khoảng 100USD", money, "100", "USD", cs::code, approx, "[90, 110]", ""},
    {"50-60USD", money, "50", "USD", cs::code, exact, "[50, 60]", "60"},
    {"20triệu đồng", money, "20000000", "VND", cs::name, exact, "[19500000, 20500000)", ""},
    {"5 triệu\xE2\x80\xAFđồng", money, "5000000", "VND", cs::name, exact, "[4500000, 5500000)", ""},
    {"3,5tỷ đồng", money, "3500000000", "VND", cs::name, exact, "[3450000000, 3550000000)", ""},
    {"1.200.000đ", money, "1200000", "VND", cs::symbol, exact, "[1200000, 1200000]", ""},
    {"12 tỷđồng", money, "12000000000", "VND", cs::name, exact, "[11500000000, 12500000000)", ""},
    // More of item 10 and elliptical ranges.
    {"3 phẩy 5 tỷ đồng", money, "3500000000", "VND", cs::name, exact, "[3450000000, 3550000000)", ""},
    {"từ 10 - 20000 đồng", money, "10000", "VND", cs::name, exact, "[10000, 20000]", "20000"},
    {"120-180.000 đồng", money, "120000", "VND", cs::name, exact, "[120000, 180000]", "180000"},
    {"từ 300 - 320 nghìn đồng", money, "300000", "VND", cs::name, exact, "[299500, 320500)", "320000"},
    {"3 - 5 triệu đồng", money, "3000000", "VND", cs::name, exact, "[2500000, 5500000)", "5000000"},
    {"từ 1 - 2.000 USD", money, "1", "USD", cs::code, exact, "[1, 2000]", "2000"},
};

// {input, column where reading stopped (0 = not checked)}
constexpr error_row errors[] = {
    {"", 1},
    {"tỷ giá", 1},
    {"tỷ lệ", 1},
    {"đồng ý", 1},
    {"Đồng Nai", 1},
    {"thủ đô", 1},
    {"Yên Bái", 1},
    {"bảng xếp hạng", 1},
    {"tỷ", 1},
    {"triệu", 1},
    {"đồng", 1},
    {"nhân dân tệ", 1},
    {"USD", 0},
    {"$", 2},
    {"xin chào", 1},
    {"14 tỷ USD xyz", 10},
    {"2,5 triệu rưỡi USD", 0},
    {"5 rưỡi", 0},
    {"dưới", 0},
    {"khoảng", 0},
    {"tỷ\xff" "", 3},
    // A part of an amount is never read as the whole: a lone "nửa", subunits of another currency or
    // more than a whole unit after the amount.
    {"5 đô la 20 xu Anh", 8},
    {"5 đô la 120 xu", 8},
    {"nửa", 0},
    {"hàng trăm triệu đồng", 1},
    {"nửa triệu tỷ đồng", 0},
};

// {input, value, quote currency, base}
constexpr rate_row rates[] = {
    {"1 USD = 25.000 đồng", "25000", "VND", "USD"},
    {"1 USD = 7,25 nhân dân tệ", "7.25", "CNY", "USD"},
    {"1 USD = 7,25 NDT", "7.25", "CNY", "USD"},
    {"1 nhân dân tệ = 3.500 đồng", "3500", "VND", "CNY"},
    {"1 euro = 27.000 đồng", "27000", "VND", "EUR"},
    {"25.000 đồng/USD", "25000", "VND", "USD"},
};

// {input, value, currency, qualifier, per, the figure's text, range high}
constexpr per_row unit_prices[] = {
    {"25.000 đồng/kg", "25000", "VND", exact, "kg", "25.000 đồng"},
    {"280.345 đ/kg", "280345", "VND", exact, "kg", "280.345 đ"},
    {"3.950 USD/ounce", "3950", "USD", exact, "ounce", "3.950 USD"},
    {"4.366 USD / ounce", "4366", "USD", exact, "ounce", "4.366 USD"},
    {"48 triệu đồng/người/năm", "48000000", "VND", exact, "người/năm", "48 triệu đồng"},
    {"120 đôla/giờ", "120", "USD", exact, "giờ", "120 đôla"},
    {"8 triệu đồng mỗi tháng", "8000000", "VND", exact, "tháng", "8 triệu đồng"},
    {"350.000 đ/hộp", "350000", "VND", exact, "hộp", "350.000 đ"},
    {"20 triệu đồng/m2", "20000000", "VND", exact, "m2", "20 triệu đồng"},
    {"5.000đ/1 hộp", "5000", "VND", exact, "1 hộp", "5.000đ"},
    {"70 triệu đồng một ha", "70000000", "VND", exact, "ha", "70 triệu đồng"},
    {"2.345,6 USD/ounce", "2345.6", "USD", exact, "ounce", "2.345,6 USD"},
    {"400k/người", "400000", "VND", exact, "người", "400k"},
    {"khoảng 63.000 - 69.000 đồng/kg", "63000", "VND", approx, "kg", "khoảng 63.000 - 69.000 đồng", "69000"},
    {"110 - 208 đồng/lít/", "110", "VND", exact, "lít", "110 - 208 đồng", "208"},
    {"từ 12.000 đồng đến 18.000 đồng/kg", "12000", "VND", exact, "kg", "từ 12.000 đồng đến 18.000 đồng", "18000"},
    {"từ 15 triệu đồng/tháng trở lên", "15000000", "VND", ge, "tháng", "từ 15 triệu đồng"},
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

figura::parse_options english() {
    figura::parse_options options;
    options.lang = figura::language::en;
    options.approx_tolerance = dec("0.1");
    return options;
}

}  // namespace

TEST_CASE("parse_vi: the tables hold at least 300 distinct inputs", "[parse_vi][vi]") {
    CHECK(count_distinct(rows, errors, rates) >= 300);
}

TEST_CASE("parse_vi: every table row reads as expected", "[parse_vi][vi]") {
    auto const options = vietnamese();
    for (auto const& row : rows) check_row(row, options);
}

TEST_CASE("parse_vi: text that is not one figure is an error naming the code-point column", "[parse_vi][vi]") {
    auto const options = vietnamese();
    for (auto const& row : errors) check_error_row(row, options);
}

TEST_CASE("parse_vi: rate quotes are rates, not money", "[parse_vi][vi]") {
    auto const options = vietnamese();
    for (auto const& row : rates) check_rate_row(row, options);
}

TEST_CASE("parse_vi: a unit price is money with its per unit beside it, the span is the amount", "[parse_vi][vi]") {
    auto const options = vietnamese();
    CHECK(std::size(unit_prices) >= 15);
    for (auto const& row : unit_prices) check_per_row(row, options);
}

TEST_CASE("parse_vi: a comparative difference qualifies nothing and is not in the span", "[parse_vi][vi]") {
    auto const options = vietnamese();
    for (std::string_view text : {"đắt hơn 150 USD", "rẻ hơn 150 USD", "thấp hơn 150 USD"}) {
        INFO(text);
        auto const f = parse_ok(text, options);
        CHECK(f.kind == figura::figure_kind::money);
        CHECK(f.qual == exact);
        CHECK(f.value == dec("150"));
        CHECK(f.text == "150 USD");
    }
}

TEST_CASE("parse_vi: a change is two figures, so one expression holding one is an error", "[parse_vi][vi]") {
    auto const options = vietnamese();
    auto const parsed = figura::parse("từ 5 lên 6 triệu đồng", options);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().id == "F-PARSE-002");
    CHECK(parsed.error().where.column == 5);
}

TEST_CASE("parse_vi: the issue's Vietnamese and English pairs read the same", "[parse_vi][vi][en]") {
    struct pair_row {
        std::string_view vi;
        std::string_view en;
    };
    constexpr pair_row pairs[] = {
        {"100 tỷ nhân dân tệ", "100bn yuan"},
        {"14 tỷ USD", "$14bn"},
        {"200 triệu nhân dân tệ", "200m yuan"},
        {"1 tỷ nhân dân tệ", "1bn yuan"},
        {"dưới 6 triệu USD", "less than $6m"},
        {"lên tới 100 tỷ nhân dân tệ", "as much as 100bn yuan"},
        {"10.000 GPU", "10,000 GPUs"},
        {"khoảng 14 tỷ USD", "about $14bn"},
        {"hơn 50 tỷ USD", "more than $50bn"},
        {"ít nhất 5 tỷ đồng", "at least 5bn dong"},
        {"từ 5 đến 6 triệu USD", "between $5m and $6m"},
        {"1,5 tỷ đồng", "1.5bn dong"},
        {"83,201 tỉ yen", "83.201bn yen"},
        {"10 nghìn tỷ nhân dân tệ", "Rmb10tn"},
        {"hai trăm triệu đồng", "two hundred million dong"},
    };
    auto const vi_options = vietnamese();
    auto const en_options = english();
    for (auto const& p : pairs) {
        INFO("vi: " << p.vi << " | en: " << p.en);
        auto const v = parse_ok(p.vi, vi_options);
        auto const e = parse_ok(p.en, en_options);
        CHECK(v.lang == figura::language::vi);
        CHECK(e.lang == figura::language::en);
        CHECK(v.kind == e.kind);
        CHECK(v.value == e.value);
        CHECK(v.currency.code == e.currency.code);
        CHECK(v.qual == e.qual);
        CHECK(v.bounds == e.bounds);
        CHECK(v.is_range() == e.is_range());
    }
}

TEST_CASE("parse_vi: the written value keeps its scale word and resolution", "[parse_vi][vi]") {
    auto const options = vietnamese();
    SECTION("100 tỷ: [99.5, 100.5) tỷ") {
        auto const f = parse_ok("100 tỷ nhân dân tệ", options);
        CHECK(f.written.scale_word == "tỷ");
        CHECK(f.written.resolution == dec("1000000000"));
        CHECK_FALSE(f.written.exact);
        CHECK(f.written.bounds == interval_of("[99500000000, 100500000000)"));
    }
    SECTION("the compound scale word nghìn tỷ") {
        auto const f = parse_ok("2 nghìn tỷ đồng", options);
        CHECK(f.written.scale_word == "nghìn tỷ");
        CHECK(f.written.resolution == dec("1000000000000"));
    }
    SECTION("three decimals after the comma are decimals, not a thousands group") {
        auto const f = parse_ok("83,201 tỉ yen", options);
        CHECK(f.value == dec("83201000000"));
        CHECK(f.written.scale_word == "tỉ");
        CHECK(f.written.resolution == dec("1000000"));
    }
    SECTION("10.000 đồng is exact") {
        auto const f = parse_ok("10.000 đồng", options);
        CHECK(f.value == dec("10000"));
        CHECK(f.written.exact);
        CHECK(f.written.resolution.is_zero());
        CHECK(f.written.scale_word.empty());
    }
    SECTION("rưỡi: the resolution is half the scale unit") {
        auto const f = parse_ok("2 triệu rưỡi USD", options);
        CHECK(f.value == dec("2500000"));
        CHECK(f.written.scale_word == "triệu");
        CHECK(f.written.resolution == dec("500000"));
        CHECK(f.written.bounds == interval_of("[2250000, 2750000)"));
        CHECK(f.text == "2 triệu rưỡi USD");
    }
    SECTION("a range keeps both ends") {
        auto const f = parse_ok("từ 5 đến 6 triệu USD", options);
        CHECK(f.written.value == dec("5000000"));
        REQUIRE(f.range_high);
        CHECK(f.range_high->value == dec("6000000"));
        CHECK(f.range_high->bounds == interval_of("[5500000, 6500000)"));
        CHECK(f.range_high->scale_word == "triệu");
    }
}

TEST_CASE("parse_vi: đồng before a currency name is a classifier", "[parse_vi][vi]") {
    auto const options = vietnamese();
    auto const f = parse_ok("100 tỷ đồng nhân dân tệ", options);
    CHECK(f.currency.code == "CNY");
    CHECK_FALSE(f.currency.is_ambiguous());
    CHECK(parse_ok("5 triệu đồng euro", options).currency.code == "EUR");
    CHECK(parse_ok("100 tỷ đồng", options).currency.code == "VND");
}

TEST_CASE("parse_vi: ¥ is CNY in Vietnamese by default, yen_default_vi changes it", "[parse_vi][vi]") {
    auto options = vietnamese();
    auto const f = parse_ok("¥100 tỷ", options);
    CHECK(f.currency.code == "CNY");
    CHECK(contains(f.currency.alternatives, "JPY"));
    options.yen_default_vi = "JPY";
    auto const g = parse_ok("¥100 tỷ", options);
    CHECK(g.currency.code == "JPY");
    CHECK(contains(g.currency.alternatives, "CNY"));
    // The full-width sign and the word yên do not depend on the option.
    CHECK(parse_ok("￥100 tỷ", options).currency.code == "CNY");
    options.yen_default_vi = "CNY";
    CHECK(parse_ok("100 tỷ yên", options).currency.code == "JPY");
}

TEST_CASE("parse_vi: đô la and $ follow dollar_default, đô la Mỹ and USD do not", "[parse_vi][vi]") {
    auto options = vietnamese();
    auto const f = parse_ok("49 tỷ đô la", options);
    CHECK(f.currency.code == "USD");
    CHECK(f.currency.is_ambiguous());
    options.dollar_default = "HKD";
    CHECK(parse_ok("49 tỷ đô la", options).currency.code == "HKD");
    CHECK(parse_ok("$14 tỷ", options).currency.code == "HKD");
    CHECK(parse_ok("10 tỷ đô la Mỹ", options).currency.code == "USD");
    CHECK(parse_ok("14 tỷ USD", options).currency.code == "USD");
    CHECK_FALSE(parse_ok("14 tỷ USD", options).currency.is_ambiguous());
}

TEST_CASE("parse_vi: implied VND can be switched off", "[parse_vi][vi]") {
    auto options = vietnamese();
    auto const implied = parse_ok("4.000 tỷ", options);
    CHECK(implied.kind == figura::figure_kind::money);
    CHECK(implied.currency.code == "VND");
    CHECK(implied.currency.source == figura::currency_source::implied);
    CHECK(implied.currency.written.empty());

    options.implied_vnd = false;
    auto const plain = parse_ok("4.000 tỷ", options);
    CHECK(plain.kind != figura::figure_kind::money);
    CHECK(plain.value == dec("4000000000000"));
    CHECK(plain.currency.code.empty());
    CHECK(plain.currency.source == figura::currency_source::none);
    // A written currency is still read.
    CHECK(parse_ok("4.000 tỷ đồng", options).currency.code == "VND");
}

TEST_CASE("parse_vi: a dollar amount in Vietnamese records the separator ambiguity", "[parse_vi][vi]") {
    // After a dollar sign either convention is plausible; which reading becomes the value is the
    // parser's call, but both readings must be on the figure.
    struct ambiguous_row {
        std::string_view input, currency, one, other;
    };
    constexpr ambiguous_row cases[] = {
        {"$2,005", "USD", "2.005", "2005"},
        {"HK$1.000", "HKD", "1000", "1"},
        {"US$25.300", "USD", "25300", "25.3"},
    };
    for (auto const& c : cases) {
        INFO("input: " << c.input);
        auto const f = parse_ok(c.input, vietnamese());
        CHECK(f.currency.code == c.currency);
        CHECK(f.ambiguous == figura::ambiguity::separator);
        REQUIRE(f.alternative_value);
        INFO("value " << f.value.to_string() << ", alternative " << f.alternative_value->to_string());
        bool const one_first = f.value == dec(c.one) && *f.alternative_value == dec(c.other);
        bool const other_first = f.value == dec(c.other) && *f.alternative_value == dec(c.one);
        CHECK((one_first || other_first));
    }
}

TEST_CASE("parse_vi: Vietnamese separators are not English ones", "[parse_vi][vi][en]") {
    CHECK(parse_ok("10.000 GPU", vietnamese()).value == dec("10000"));
    CHECK(parse_ok("1.000,5 USD", vietnamese()).value == dec("1000.5"));
    CHECK(parse_ok("1,000.5 USD", english()).value == dec("1000.5"));
    CHECK(parse_ok("1,5 tỷ đồng", vietnamese()).value == dec("1500000000"));
}

TEST_CASE("parse_vi: error columns count code points, not bytes", "[parse_vi][vi]") {
    // "đồng ý" is not money; reading stops at its first code point.
    auto const parsed = figura::parse("  đồng ý", vietnamese());
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().where.column == 3);
    // Reading stops after the figure, at the space before "xyz": code point 10, byte 11 (0-based).
    auto const trailing = figura::parse("14 tỷ USD xyz", vietnamese());
    REQUIRE_FALSE(trailing);
    CHECK(trailing.error().where.column == 10);
    CHECK(trailing.error().where.begin == 11);
}

TEST_CASE("parse_vi: surrounding spaces are allowed, the span is in bytes", "[parse_vi][vi]") {
    auto const f = parse_ok(" dưới 6 triệu USD ", vietnamese());
    CHECK(f.value == dec("6000000"));
    CHECK(f.qual == figura::qualifier::lt);
    CHECK(f.span.begin == 1);
    CHECK(f.span.end == 1 + std::string_view("dưới 6 triệu USD").size());
    CHECK(f.span.column == 2);
    CHECK(f.text == "dưới 6 triệu USD");
}
