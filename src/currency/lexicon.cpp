// The currency lexicon: figura's own tables (docs/currencies.md) first, then ICU/CLDR 72 data
// (ISO codes, symbols, display and plural names in en and vi). Also is_iso_currency and
// currency_display_name from figura/currency.hpp.
//
// Non-ASCII literals are written as \u escapes of NFC text (house style); the comment after each
// gives the ASCII spelling.

#include "currency/lexicon.hpp"
#include "currency/lexicon_table.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "figura/currency.hpp"
#include "figura/error.hpp"
#include "unicode/text.hpp"

namespace figura::detail {
namespace {

using src = currency_source;
using rd = currency_reading;

/// Which case variants of an own-table form to add.
enum class cases : std::uint8_t {
    exact,  ///< only as written (symbols, codes, short homonym-prone words)
    upper,  ///< as written and ALL CAPS (headlines): "dong" -> "DONG" but not "Dong" (Dong Nai)
    all,    ///< every case_variants() form
};

struct own_form {
    std::string_view text;
    std::string_view code;
    currency_source source;
    currency_reading reading;
    cases variants;
    /// Vietnamese only: also emit "dong <text>", where "dong" is a classifier, not VND
    /// ("dong nhan dan te" is CNY).
    bool classifier = false;
    /// See currency_form::exponent: -2 for subunits, 4 for `man`.
    std::int8_t exponent = 0;
    /// See currency_form::attached.
    bool attached = false;
    /// For `choice`: space-separated codes, most likely first.
    std::string_view choices = {};
};

// The currencies a name shared by several countries may mean, most likely in news first.
constexpr std::string_view pesos = "PHP MXN ARS CLP COP CUP UYU DOP";
constexpr std::string_view liras = "TRY LBP SYP";
constexpr std::string_view francs = "CHF XOF XAF";
constexpr std::string_view dinars = "KWD IQD RSD DZD JOD BHD LYD TND";
constexpr std::string_view riyals = "SAR QAR OMR IRR YER";
constexpr std::string_view dirhams = "AED MAD";
constexpr std::string_view kroner = "NOK DKK";
constexpr std::string_view kronor = "SEK ISK";

// Written before the number. Letter-only abbreviations (Rmb, Rs, RM, Rp) count as code-like
// (`currency_source::code`), forms with a currency sign as symbols.
constexpr own_form own_prefixes[] = {
    {"$", "USD", src::symbol, rd::dollar, cases::exact},
    {"US$", "USD", src::symbol, rd::fixed, cases::exact},
    {"U.S.$", "USD", src::symbol, rd::fixed, cases::exact},
    {"HK$", "HKD", src::symbol, rd::fixed, cases::exact},
    {"S$", "SGD", src::symbol, rd::fixed, cases::exact},
    {"A$", "AUD", src::symbol, rd::fixed, cases::exact},
    {"AU$", "AUD", src::symbol, rd::fixed, cases::exact},
    {"C$", "CAD", src::symbol, rd::fixed, cases::exact},
    {"CA$", "CAD", src::symbol, rd::fixed, cases::exact},
    {"NZ$", "NZD", src::symbol, rd::fixed, cases::exact},
    {"NT$", "TWD", src::symbol, rd::fixed, cases::exact},
    {"R$", "BRL", src::symbol, rd::fixed, cases::exact},
    {"\u20ac", "EUR", src::symbol, rd::fixed, cases::exact},  // "euro sign"
    {"\u00a3", "GBP", src::symbol, rd::fixed, cases::exact},  // "pound sign"
    {"\u00a5", "JPY", src::symbol, rd::yen, cases::exact},  // "yen sign"
    {"\uffe5", "CNY", src::symbol, rd::fixed, cases::exact},  // "fullwidth yen sign": full-width yen sign: CNY
    {"\u20ab", "VND", src::symbol, rd::fixed, cases::exact},  // "dong sign"
    {"\u20a9", "KRW", src::symbol, rd::fixed, cases::exact},  // "won sign"
    {"\u20b9", "INR", src::symbol, rd::fixed, cases::exact},  // "indian rupee sign"
    {"\u0e3f", "THB", src::symbol, rd::fixed, cases::exact},  // "thai currency symbol baht"
    // The signs and abbreviations of African, Gulf and South Asian papers (naira sign + `5 trillion`,
    // `E` + pound sign + `10 billion`, `KSh100 billion`, `Dh500 million`, `Tk 5,000 crore`).
    {"\u20a6", "NGN", src::symbol, rd::fixed, cases::exact},         // "naira sign"
    {"E\u00a3", "EGP", src::symbol, rd::fixed, cases::exact},        // "E pound sign"
    {"GH\u20b5", "GHS", src::symbol, rd::fixed, cases::exact},       // "GH cedi sign"
    {"GH\u00a2", "GHS", src::symbol, rd::fixed, cases::exact},       // "GH cent sign"
    {"KSh", "KES", src::code, rd::fixed, cases::exact},
    {"Ksh", "KES", src::code, rd::fixed, cases::exact},
    {"KShs", "KES", src::code, rd::fixed, cases::exact},
    {"Kshs", "KES", src::code, rd::fixed, cases::exact},
    {"Tk", "BDT", src::code, rd::fixed, cases::exact},
    {"Dh", "AED", src::code, rd::choice, cases::exact, false, 0, false, dirhams},
    {"Dhs", "AED", src::code, rd::choice, cases::exact, false, 0, false, dirhams},
    {"Rmb", "CNY", src::code, rd::fixed, cases::exact},
    {"RMB", "CNY", src::code, rd::fixed, cases::exact},
    {"rmb", "CNY", src::code, rd::fixed, cases::exact},
    {"Rs", "INR", src::code, rd::fixed, cases::exact},
    {"Rs.", "INR", src::code, rd::fixed, cases::exact},
    {"RM", "MYR", src::code, rd::fixed, cases::exact},
    {"Rp", "IDR", src::code, rd::fixed, cases::exact},
    {"U$", "USD", src::symbol, rd::fixed, cases::exact},
    {"$US", "USD", src::symbol, rd::fixed, cases::exact},
    {"US $", "USD", src::symbol, rd::fixed, cases::exact},
    {"HK $", "HKD", src::symbol, rd::fixed, cases::exact},
    {"CAD$", "CAD", src::symbol, rd::fixed, cases::exact},
    {"AUD$", "AUD", src::symbol, rd::fixed, cases::exact},
    {"SGD$", "SGD", src::symbol, rd::fixed, cases::exact},
    {"Mex$", "MXN", src::symbol, rd::fixed, cases::exact},
    {"NIS", "ILS", src::code, rd::fixed, cases::exact},
    {"Bt", "THB", src::code, rd::fixed, cases::exact},
    {"VN\u0110", "VND", src::code, rd::fixed, cases::exact},  // "VND"
    // Millions and thousands of a currency in one code (`MUSD 8`, `4 MEUR`, `kEUR 50`).
    {"MUSD", "USD", src::code, rd::fixed, cases::exact, false, 6},
    {"MEUR", "EUR", src::code, rd::fixed, cases::exact, false, 6},
    {"MGBP", "GBP", src::code, rd::fixed, cases::exact, false, 6},
    {"MCHF", "CHF", src::code, rd::fixed, cases::exact, false, 6},
    {"MSEK", "SEK", src::code, rd::fixed, cases::exact, false, 6},
    {"MNOK", "NOK", src::code, rd::fixed, cases::exact, false, 6},
    {"MDKK", "DKK", src::code, rd::fixed, cases::exact, false, 6},
    {"kUSD", "USD", src::code, rd::fixed, cases::exact, false, 3},
    {"KUSD", "USD", src::code, rd::fixed, cases::exact, false, 3},
    {"kEUR", "EUR", src::code, rd::fixed, cases::exact, false, 3},
    {"KEUR", "EUR", src::code, rd::fixed, cases::exact, false, 3},
};

// Currency signs that may also follow the number (a euro sign after "5", a dong sign after
// "100.000"). `$` follows a number only in Vietnamese informal text ("100$"), so it is in
// own_suffixes_vi, not here.
constexpr own_form own_suffix_symbols[] = {
    {"\u20ac", "EUR", src::symbol, rd::fixed, cases::exact},  // "euro sign"
    {"\u00a3", "GBP", src::symbol, rd::fixed, cases::exact},  // "pound sign"
    {"\u00a5", "JPY", src::symbol, rd::yen, cases::exact},  // "yen sign"
    {"\uffe5", "CNY", src::symbol, rd::fixed, cases::exact},  // "fullwidth yen sign"
    {"\u20ab", "VND", src::symbol, rd::fixed, cases::exact},  // "dong sign"
    {"\u20a9", "KRW", src::symbol, rd::fixed, cases::exact},  // "won sign"
    {"\u20b9", "INR", src::symbol, rd::fixed, cases::exact},  // "indian rupee sign"
    {"\u0e3f", "THB", src::symbol, rd::fixed, cases::exact},  // "thai currency symbol baht"
};

// Written after the number in English (and, through suffixes_vi, in Vietnamese) text. Bare
// "pound(s)" is a weight and "won" a verb: neither is here.
constexpr own_form own_suffixes_en[] = {
    {"RMB", "CNY", src::code, rd::fixed, cases::exact},
    {"yuan", "CNY", src::name, rd::fixed, cases::all},
    {"renminbi", "CNY", src::name, rd::fixed, cases::all},
    {"yuan renminbi", "CNY", src::name, rd::fixed, cases::all},
    {"Chinese yuan renminbi", "CNY", src::name, rd::fixed, cases::all},
    {"dollar", "USD", src::name, rd::dollar, cases::all},
    {"dollars", "USD", src::name, rd::dollar, cases::all},
    {"US dollar", "USD", src::name, rd::fixed, cases::all},
    {"US dollars", "USD", src::name, rd::fixed, cases::all},
    {"U.S. dollar", "USD", src::name, rd::fixed, cases::all},
    {"U.S. dollars", "USD", src::name, rd::fixed, cases::all},
    {"euro", "EUR", src::name, rd::fixed, cases::all},
    {"euros", "EUR", src::name, rd::fixed, cases::all},
    {"yen", "JPY", src::name, rd::fixed, cases::all},
    {"dong", "VND", src::name, rd::fixed, cases::all},
    {"Vietnamese dong", "VND", src::name, rd::fixed, cases::all},
    {"Vietnam dong", "VND", src::name, rd::fixed, cases::all},
    {"pounds sterling", "GBP", src::name, rd::fixed, cases::all},
    {"pound sterling", "GBP", src::name, rd::fixed, cases::all},
    {"sterling", "GBP", src::name, rd::fixed, cases::all},
    {"British pounds", "GBP", src::name, rd::fixed, cases::all},
    {"British pound", "GBP", src::name, rd::fixed, cases::all},
    {"HK dollars", "HKD", src::name, rd::fixed, cases::all},
    {"HK dollar", "HKD", src::name, rd::fixed, cases::all},
    {"Singapore dollars", "SGD", src::name, rd::fixed, cases::all},
    {"Taiwan dollars", "TWD", src::name, rd::fixed, cases::all},
    {"NT dollars", "TWD", src::name, rd::fixed, cases::all},
    {"rupees", "INR", src::name, rd::fixed, cases::all},
    {"rupee", "INR", src::name, rd::fixed, cases::all},
    {"ringgit", "MYR", src::name, rd::fixed, cases::all},
    {"baht", "THB", src::name, rd::fixed, cases::all},
    {"rupiah", "IDR", src::name, rd::fixed, cases::all},
    {"roubles", "RUB", src::name, rd::fixed, cases::all},
    {"rouble", "RUB", src::name, rd::fixed, cases::all},
    {"rubles", "RUB", src::name, rd::fixed, cases::all},
    {"ruble", "RUB", src::name, rd::fixed, cases::all},
    {"shekels", "ILS", src::name, rd::fixed, cases::all},
    {"shekel", "ILS", src::name, rd::fixed, cases::all},
    {"new shekels", "ILS", src::name, rd::fixed, cases::all},
    {"NIS", "ILS", src::code, rd::fixed, cases::exact},
    {"naira", "NGN", src::name, rd::fixed, cases::all},
    {"rand", "ZAR", src::name, rd::fixed, cases::exact},  // "Rand" is a surname
    // "won" is also the verb, "pound(s)" a weight and "grand" an adjective: build_figure drops them
    // where what follows (or a missing scale word) says so.
    {"won", "KRW", src::name, rd::fixed, cases::upper},
    {"Korean won", "KRW", src::name, rd::fixed, cases::all},
    {"South Korean won", "KRW", src::name, rd::fixed, cases::all},
    {"pounds", "GBP", src::name, rd::fixed, cases::exact},
    {"pound", "GBP", src::name, rd::fixed, cases::exact},
    {"reais", "BRL", src::name, rd::fixed, cases::all},
    {"Brazilian reais", "BRL", src::name, rd::fixed, cases::all},
    {"Brazilian real", "BRL", src::name, rd::fixed, cases::all},
    {"Turkish lira", "TRY", src::name, rd::fixed, cases::all},
    {"lira", "TRY", src::name, rd::choice, cases::all, false, 0, false, liras},
    {"liras", "TRY", src::name, rd::choice, cases::all, false, 0, false, liras},
    {"peso", "PHP", src::name, rd::choice, cases::all, false, 0, false, pesos},
    {"pesos", "PHP", src::name, rd::choice, cases::all, false, 0, false, pesos},
    {"franc", "CHF", src::name, rd::choice, cases::all, false, 0, false, francs},
    {"francs", "CHF", src::name, rd::choice, cases::all, false, 0, false, francs},
    {"dinar", "KWD", src::name, rd::choice, cases::all, false, 0, false, dinars},
    {"dinars", "KWD", src::name, rd::choice, cases::all, false, 0, false, dinars},
    {"riyal", "SAR", src::name, rd::choice, cases::all, false, 0, false, riyals},
    {"riyals", "SAR", src::name, rd::choice, cases::all, false, 0, false, riyals},
    {"dirham", "AED", src::name, rd::choice, cases::all, false, 0, false, dirhams},
    {"dirhams", "AED", src::name, rd::choice, cases::all, false, 0, false, dirhams},
    {"kroner", "NOK", src::name, rd::choice, cases::all, false, 0, false, kroner},
    {"krone", "NOK", src::name, rd::choice, cases::all, false, 0, false, kroner},
    {"kronor", "SEK", src::name, rd::choice, cases::all, false, 0, false, kronor},
    {"krona", "SEK", src::name, rd::choice, cases::all, false, 0, false, kronor},
    {"tenge", "KZT", src::name, rd::fixed, cases::all},
    {"bucks", "USD", src::name, rd::dollar, cases::exact},
    {"grand", "USD", src::name, rd::dollar, cases::exact, false, 3},
    // Subunits, read in major units: `70 US cents` is 0.70 USD, `64p` 0.64 GBP.
    {"cents", "USD", src::name, rd::dollar, cases::all, false, -2},
    {"cent", "USD", src::name, rd::dollar, cases::all, false, -2},
    {"US cents", "USD", src::name, rd::fixed, cases::all, false, -2},
    {"US cent", "USD", src::name, rd::fixed, cases::all, false, -2},
    {"U.S. cents", "USD", src::name, rd::fixed, cases::all, false, -2},
    {"U.S. cent", "USD", src::name, rd::fixed, cases::all, false, -2},
    {"U.S cents", "USD", src::name, rd::fixed, cases::all, false, -2},
    {"euro cents", "EUR", src::name, rd::fixed, cases::all, false, -2},
    {"euro cent", "EUR", src::name, rd::fixed, cases::all, false, -2},
    {"pence", "GBP", src::name, rd::fixed, cases::all, false, -2},
    {"British pence", "GBP", src::name, rd::fixed, cases::all, false, -2},
    {"penny", "GBP", src::name, rd::fixed, cases::exact, false, -2},
    {"p", "GBP", src::symbol, rd::fixed, cases::exact, false, -2, true},
    // A symbol after the number (`10$`, `3.5US$`), lower-case codes (`15 rmb`, `30 usd`), `元`.
    {"$", "USD", src::symbol, rd::dollar, cases::exact},
    {"US$", "USD", src::symbol, rd::fixed, cases::exact},
    {"rmb", "CNY", src::code, rd::fixed, cases::exact},
    {"usd", "USD", src::code, rd::fixed, cases::exact},
    {"vnd", "VND", src::code, rd::fixed, cases::exact},
    {"\u5143", "CNY", src::symbol, rd::fixed, cases::exact},  // "yuan" in Chinese characters
    {"MUSD", "USD", src::code, rd::fixed, cases::exact, false, 6},
    {"MEUR", "EUR", src::code, rd::fixed, cases::exact, false, 6},
    {"MGBP", "GBP", src::code, rd::fixed, cases::exact, false, 6},
    {"MCHF", "CHF", src::code, rd::fixed, cases::exact, false, 6},
    {"MSEK", "SEK", src::code, rd::fixed, cases::exact, false, 6},
    {"MNOK", "NOK", src::code, rd::fixed, cases::exact, false, 6},
    {"MDKK", "DKK", src::code, rd::fixed, cases::exact, false, 6},
    {"kUSD", "USD", src::code, rd::fixed, cases::exact, false, 3},
    {"kEUR", "EUR", src::code, rd::fixed, cases::exact, false, 3},
};

// Written after the number in Vietnamese text. Bare "bang" (table), "bat" (tarpaulin) and the
// title-cased "Dong"/"Yen" (Dong Nai, Yen Bai) are deliberately absent.
constexpr own_form own_suffixes_vi[] = {
    {"\u0111\u1ed3ng", "VND", src::name, rd::fixed, cases::upper},  // "dong"
    {"VN\u0110", "VND", src::code, rd::fixed, cases::exact},  // "VND"
    {"VND", "VND", src::code, rd::fixed, cases::exact},
    {"vn\u0111", "VND", src::code, rd::fixed, cases::exact},  // "vnd"
    {"Vn\u0111", "VND", src::code, rd::fixed, cases::exact},  // "Vnd"
    {"VN\u00d0", "VND", src::code, rd::fixed, cases::exact},  // "VND": U+00D0 ETH, a common typo for U+0110
    {"\u0111", "VND", src::symbol, rd::fixed, cases::exact},  // "d"
    {"$", "USD", src::symbol, rd::dollar, cases::exact},
    {"nh\u00e2n d\u00e2n t\u1ec7", "CNY", src::name, rd::fixed, cases::all, true},  // "nhan dan te"
    {"NDT", "CNY", src::code, rd::fixed, cases::exact, true},
    {"t\u1ec7", "CNY", src::name, rd::fixed, cases::upper},  // "te"
    {"\u0111\u00f4 la M\u1ef9", "USD", src::name, rd::fixed, cases::all, true},  // "do la My"
    {"\u0111\u00f4la M\u1ef9", "USD", src::name, rd::fixed, cases::all, true},  // "dola My"
    {"\u0111\u00f4-la M\u1ef9", "USD", src::name, rd::fixed, cases::all, true},  // "do-la My"
    {"USD", "USD", src::code, rd::fixed, cases::exact, true},
    {"\u0111\u00f4 la", "USD", src::name, rd::dollar, cases::all, true},  // "do la"
    {"\u0111\u00f4la", "USD", src::name, rd::dollar, cases::all, true},  // "dola"
    {"\u0111\u00f4-la", "USD", src::name, rd::dollar, cases::all, true},  // "do-la"
    {"\u0111\u00f4", "USD", src::name, rd::dollar, cases::upper, true},  // "do"
    {"M\u1ef9 kim", "USD", src::name, rd::fixed, cases::all},  // "My kim"
    {"y\u00ean", "JPY", src::name, rd::fixed, cases::upper, true},  // "yen"
    {"y\u00ean Nh\u1eadt", "JPY", src::name, rd::fixed, cases::all, true},  // "yen Nhat"
    {"yen", "JPY", src::name, rd::fixed, cases::all, true},
    {"euro", "EUR", src::name, rd::fixed, cases::all, true},
    {"b\u1ea3ng Anh", "GBP", src::name, rd::fixed, cases::all, true},  // "bang Anh"
    {"\u0111\u1ed3ng b\u1ea3ng", "GBP", src::name, rd::fixed, cases::all},  // "dong bang": classifier + "bang" is the pound
    {"won", "KRW", src::name, rd::fixed, cases::upper, true},
    {"won H\u00e0n Qu\u1ed1c", "KRW", src::name, rd::fixed, cases::all, true},  // "won Han Quoc"
    {"b\u1ea1t Th\u00e1i", "THB", src::name, rd::fixed, cases::all, true},  // "bat Thai"
    {"b\u1ea1t Th\u00e1i Lan", "THB", src::name, rd::fixed, cases::all, true},  // "bat Thai Lan"
    {"baht", "THB", src::name, rd::fixed, cases::all, true},
    {"ringgit", "MYR", src::name, rd::fixed, cases::all, true},
    {"rupee", "INR", src::name, rd::fixed, cases::all, true},
    {"rupiah", "IDR", src::name, rd::fixed, cases::all, true},
    {"r\u00fap", "RUB", src::name, rd::fixed, cases::all, true},  // "rup"
    {"r\u00fap Nga", "RUB", src::name, rd::fixed, cases::all, true},  // "rup Nga"
    {"k\u00edp", "LAK", src::name, rd::fixed, cases::all, true},  // "kip"
    {"k\u00edp L\u00e0o", "LAK", src::name, rd::fixed, cases::all, true},  // "kip Lao"
    {"riel", "KHR", src::name, rd::fixed, cases::all, true},
    {"\u0111\u00f4 la H\u1ed3ng K\u00f4ng", "HKD", src::name, rd::fixed, cases::all, true},  // "do la Hong Kong"
    {"\u0111\u00f4 la Hong Kong", "HKD", src::name, rd::fixed, cases::all, true},  // "do la Hong Kong"
    {"\u0111\u00f4 la Singapore", "SGD", src::name, rd::fixed, cases::all, true},  // "do la Singapore"
    {"\u0111\u00f4 la \u00dac", "AUD", src::name, rd::fixed, cases::all, true},  // "do la Uc"
    {"\u0111\u00f4 la Canada", "CAD", src::name, rd::fixed, cases::all, true},  // "do la Canada"
    {"\u0111\u00f4 la \u0110\u00e0i Loan", "TWD", src::name, rd::fixed, cases::all, true},  // "do la Dai Loan"
    {"\u0110\u00e0i t\u1ec7", "TWD", src::name, rd::fixed, cases::all, true},  // "Dai te"
    {"T\u00e2n \u0110\u00e0i t\u1ec7", "TWD", src::name, rd::fixed, cases::all, true},  // "Tan Dai te"
    {"franc Th\u1ee5y S\u0129", "CHF", src::name, rd::fixed, cases::all, true},  // "franc Thuy Si"
    {"b\u1ea3ng", "GBP", src::name, rd::fixed, cases::upper},  // "bang": guarded by is_homonym (bang xep hang)
    {"\u00dac kim", "AUD", src::name, rd::fixed, cases::all},  // "Uc kim"
    {"rupi", "INR", src::name, rd::fixed, cases::all, true},
    {"real", "BRL", src::name, rd::fixed, cases::exact, true},
    {"real Brazil", "BRL", src::name, rd::fixed, cases::all, true},
    {"peso Philippines", "PHP", src::name, rd::fixed, cases::all, true},
    {"peso Mexico", "MXN", src::name, rd::fixed, cases::all, true},
    {"peso Argentina", "ARS", src::name, rd::fixed, cases::all, true},
    {"peso Chile", "CLP", src::name, rd::fixed, cases::all, true},
    {"lira Th\u1ed5 Nh\u0129 K\u1ef3", "TRY", src::name, rd::fixed, cases::all, true},  // "lira Tho Nhi Ky"
    {"man", "JPY", src::name, rd::fixed, cases::exact, false, 4},  // 10,000 yen
    {"xu", "USD", src::name, rd::dollar, cases::upper, false, -2},
    {"xu M\u1ef9", "USD", src::name, rd::fixed, cases::all, false, -2},  // "xu My"
    {"xu Anh", "GBP", src::name, rd::fixed, cases::all, false, -2},
};

// Vietnamese dollar names followed by a country: `đôla Singapore`, `đô Úc`. Expanded into
// suffixes_vi (with the `đồng` classifier) by add_country_dollars.
constexpr std::string_view dollar_words_vi[] = {
    "\u0111\u00f4 la", "\u0111\u00f4la", "\u0111\u00f4-la", "\u0111\u00f4",  // "do la", "dola", "do-la", "do"
};
constexpr std::pair<std::string_view, std::string_view> dollar_countries_vi[] = {
    {"M\u1ef9", "USD"},                              // "My"
    {"H\u1ed3ng K\u00f4ng", "HKD"},                 // "Hong Kong"
    {"Hong Kong", "HKD"},
    {"Singapore", "SGD"},
    {"\u00dac", "AUD"},                              // "Uc"
    {"Australia", "AUD"},
    {"Canada", "CAD"},
    {"\u0110\u00e0i Loan", "TWD"},                  // "Dai Loan"
    {"New Zealand", "NZD"},
    {"Brunei", "BND"},
    {"Namibia", "NAD"},
    {"Jamaica", "JMD"},
};

// Vietnamese classifier prefixed to flagged forms.
constexpr std::string_view classifier_vi = "\u0111\u1ed3ng ";  // "dong "

// ISO codes that are English words, names or common acronyms ("TOP 10", "COP28", "RON 95",
// "Hong Kong SAR", "PHP 8"): never read as a currency code, as prefix or suffix. The
// currencies' symbols and names still work. Sorted; see docs/currencies.md.
constexpr auto excluded_codes = std::to_array<std::string_view>({
    "ALL", "AMD", "ANG", "BAM", "BOB", "COP", "CUP", "CVE", "GEL", "IRR", "KGS",
    "MAD", "MOP", "PEN", "PHP", "RON", "SAR", "SDG", "SOS", "TOP", "TRY",
});

// X-codes that are metals, funds, units of account or test codes, not money in news text.
constexpr auto non_currency_x_codes = std::to_array<std::string_view>({
    "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XFO",
    "XFU", "XPD", "XPT", "XRE", "XSU", "XTS", "XUA", "XXX",
});

// The dollars a bare `$` most often means in English and Vietnamese news, in that order.
constexpr auto leading_dollars = std::to_array<std::string_view>({"USD", "HKD", "SGD", "AUD", "CAD", "NZD", "TWD"});

template <std::size_t N>
bool contains(std::array<std::string_view, N> const& list, std::string_view code) {
    return std::find(list.begin(), list.end(), code) != list.end();
}

[[noreturn]] void icu_failure(std::string_view what, UErrorCode status) {
    throw figura::exception(figura::error{
        "F-CURRENCY-001", std::string(what) + " failed in ICU: " + u_errorName(status), {}});
}

std::string to_utf8(icu::UnicodeString const& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

std::string nfc(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2 const* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) icu_failure("loading NFC data", status);
    icu::UnicodeString const s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    if (normalizer->isNormalized(s, status) && U_SUCCESS(status)) return std::string(utf8);
    status = U_ZERO_ERROR;
    icu::UnicodeString const normalized = normalizer->normalize(s, status);
    if (U_FAILURE(status)) icu_failure("NFC normalisation", status);
    return to_utf8(normalized);
}

/// ISO codes ICU lists for `selector`, sorted.
std::vector<std::string> icu_iso_codes(std::uint32_t selector) {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes = ucurr_openISOCurrencies(selector, &status);
    if (U_FAILURE(status)) icu_failure("ucurr_openISOCurrencies", status);
    std::vector<std::string> out;
    std::int32_t length = 0;
    while (char const* code = uenum_next(codes, &length, &status)) {
        if (U_FAILURE(status)) break;
        out.emplace_back(code, static_cast<std::size_t>(length));
    }
    uenum_close(codes);
    if (U_FAILURE(status)) icu_failure("iterating ISO currencies", status);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// Current, non-deprecated ISO currencies that are money (X-metals, funds and test codes dropped).
std::vector<std::string> current_currencies() {
    std::vector<std::string> codes = icu_iso_codes(UCURR_COMMON | UCURR_NON_DEPRECATED);
    std::erase_if(codes, [](std::string const& c) { return contains(non_currency_x_codes, c); });
    return codes;
}

std::array<UChar, 4> to_uchar_code(std::string_view code) {
    std::array<UChar, 4> out{};
    for (std::size_t i = 0; i < 3 && i < code.size(); ++i) out[i] = static_cast<UChar>(code[i]);
    return out;
}

/// True when `s` is three ASCII capitals, i.e. looks like an ISO code rather than a name or sign.
bool looks_like_code(std::string_view s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

/// ICU's name or symbol for `code` in `locale`; nullopt when the locale has none of its own
/// (ICU then returns the code itself).
std::optional<std::string> icu_name(std::string_view code, char const* locale, UCurrNameStyle style) {
    auto const iso = to_uchar_code(code);
    UErrorCode status = U_ZERO_ERROR;
    UBool is_choice = false;
    std::int32_t length = 0;
    UChar const* name = ucurr_getName(iso.data(), locale, style, &is_choice, &length, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || name == nullptr || length <= 0) return std::nullopt;
    std::string out = nfc(to_utf8(icu::UnicodeString(name, length)));
    if (out == code) return std::nullopt;
    return out;
}

std::optional<std::string> icu_plural_name(std::string_view code, char const* locale, char const* plural) {
    auto const iso = to_uchar_code(code);
    UErrorCode status = U_ZERO_ERROR;
    UBool is_choice = false;
    std::int32_t length = 0;
    UChar const* name = ucurr_getPluralName(iso.data(), locale, &is_choice, plural, &length, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || name == nullptr || length <= 0) return std::nullopt;
    std::string out = nfc(to_utf8(icu::UnicodeString(name, length)));
    if (out == code) return std::nullopt;
    return out;
}

/// ICU display and plural names of `code` in `locale`, without duplicates. Names carrying a
/// parenthesised period ("Sierra Leonean leone (1964-2022)") are labels, never written in news.
std::vector<std::string> icu_names(std::string_view code, char const* locale) {
    std::vector<std::string> out;
    auto add = [&](std::optional<std::string> name) {
        if (!name || name->find('(') != std::string::npos) return;
        if (std::find(out.begin(), out.end(), *name) == out.end()) out.push_back(std::move(*name));
    };
    add(icu_name(code, locale, UCURR_LONG_NAME));
    add(icu_plural_name(code, locale, "one"));
    add(icu_plural_name(code, locale, "other"));
    return out;
}

/// True for a single code point of general category Sc (euro sign, dong sign, new sheqel sign, ...).
bool is_single_currency_sign(std::string_view utf8) {
    icu::UnicodeString const s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    return s.countChar32() == 1 && u_charType(s.char32At(0)) == U_CURRENCY_SYMBOL;
}

/// One list of forms; the first definition of a text wins.
/// What an own-table form carries besides its text, code, source and reading.
struct form_extras {
    std::int8_t exponent = 0;
    bool attached = false;
    std::string_view choices = {};
};

form_extras extras_of(own_form const& f) { return {f.exponent, f.attached, f.choices}; }

std::vector<std::string> split_codes(std::string_view codes) {
    std::vector<std::string> out;
    while (!codes.empty()) {
        auto const space = codes.find(' ');
        out.emplace_back(codes.substr(0, space));
        codes = space == std::string_view::npos ? std::string_view{} : codes.substr(space + 1);
    }
    return out;
}

class form_list {
public:
    explicit form_list(std::vector<currency_form>& out) : out_(out) {}

    void add(std::string_view text, std::string_view code, currency_source source, currency_reading reading,
             form_extras extras = {}) {
        std::string key = nfc(text);
        if (key.empty() || !seen_.insert(key).second) return;
        out_.push_back(currency_form{std::move(key), std::string(code), source, reading, extras.exponent, extras.attached,
                                     split_codes(extras.choices)});
    }

    void add_variants(std::string_view text, std::string_view code, currency_source source, currency_reading reading,
                      cases which, form_extras extras = {}) {
        switch (which) {
            case cases::exact:
                add(text, code, source, reading, extras);
                break;
            case cases::upper: {
                add(text, code, source, reading, extras);
                // case_variants() ends with the upper-case form.
                add(case_variants(text).back(), code, source, reading, extras);
                break;
            }
            case cases::all:
                for (std::string const& v : case_variants(text)) add(v, code, source, reading, extras);
                break;
        }
    }

    void add_own(own_form const& f) { add_variants(f.text, f.code, f.source, f.reading, f.variants, extras_of(f)); }

    /// "dong <form>" for the form's case variants, and the whole phrase in capitals.
    void add_with_classifier(own_form const& f) {
        std::vector<std::string> forms;
        switch (f.variants) {
            case cases::exact: forms = {std::string(f.text)}; break;
            case cases::upper: forms = {std::string(f.text), case_variants(f.text).back()}; break;
            case cases::all: forms = case_variants(f.text); break;
        }
        for (std::string const& v : forms) add(std::string(classifier_vi) + v, f.code, f.source, f.reading, extras_of(f));
        std::string phrase = std::string(classifier_vi) + std::string(f.text);
        add(case_variants(phrase).back(), f.code, f.source, f.reading, extras_of(f));
    }

private:
    std::vector<currency_form>& out_;
    std::unordered_set<std::string> seen_;
};

/// ICU-derived data per current currency, read once per build.
struct icu_currency {
    std::string code;
    std::vector<std::string> names_en;
    std::vector<std::string> names_vi;
    std::vector<std::string> symbols;  ///< en then vi SYMBOL_NAME forms that are not ISO-code-like
};

std::vector<icu_currency> read_icu_currencies() {
    std::vector<icu_currency> out;
    for (std::string const& code : current_currencies()) {
        icu_currency c{code, icu_names(code, "en"), icu_names(code, "vi"), {}};
        for (char const* locale : {"en", "vi"}) {
            std::optional<std::string> symbol = icu_name(code, locale, UCURR_SYMBOL_NAME);
            if (!symbol || looks_like_code(*symbol)) continue;
            if (std::find(c.symbols.begin(), c.symbols.end(), *symbol) == c.symbols.end()) {
                c.symbols.push_back(std::move(*symbol));
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

void add_codes(form_list& list, std::vector<icu_currency> const& currencies) {
    for (icu_currency const& c : currencies) {
        if (!contains(excluded_codes, c.code)) list.add(c.code, c.code, src::code, rd::fixed);
    }
}

void add_suffix_symbols(form_list& list, std::vector<icu_currency> const& currencies) {
    for (own_form const& f : own_suffix_symbols) list.add_own(f);
    for (icu_currency const& c : currencies) {
        for (std::string const& s : c.symbols) {
            if (is_single_currency_sign(s) && s != "$") list.add(s, c.code, src::symbol, rd::fixed);
        }
    }
}

/// CLDR vi writes the symbol after the number ("40 US$", "1.500.000 dong sign", "14 T US$"), so in
/// Vietnamese text every currency sign figura or ICU knows may follow the number.
void add_vi_symbol_suffixes(form_list& list, std::vector<icu_currency> const& currencies) {
    for (own_form const& f : own_prefixes) {
        if (f.source == src::symbol) list.add_own(f);
    }
    for (icu_currency const& c : currencies) {
        for (std::string const& s : c.symbols) list.add(s, c.code, src::symbol, rd::fixed);
    }
}

void add_names(form_list& list, std::vector<icu_currency> const& currencies, bool vietnamese) {
    for (icu_currency const& c : currencies) {
        for (std::string const& name : vietnamese ? c.names_vi : c.names_en) {
            list.add_variants(name, c.code, src::name, rd::fixed, cases::all);
        }
    }
}

}  // namespace

currency_lexicon build_currency_lexicon() {
    std::vector<icu_currency> const currencies = read_icu_currencies();
    currency_lexicon lexicon;

    form_list prefixes(lexicon.prefixes);
    for (own_form const& f : own_prefixes) prefixes.add_own(f);
    add_codes(prefixes, currencies);
    for (icu_currency const& c : currencies) {
        for (std::string const& s : c.symbols) prefixes.add(s, c.code, src::symbol, rd::fixed);
    }

    form_list en(lexicon.suffixes_en);
    for (own_form const& f : own_suffixes_en) en.add_own(f);
    add_codes(en, currencies);
    add_suffix_symbols(en, currencies);
    add_names(en, currencies, false);

    // Vietnamese text quotes English names and codes too, so the vi list ends with the en one.
    form_list vi(lexicon.suffixes_vi);
    for (own_form const& f : own_suffixes_vi) vi.add_own(f);
    for (own_form const& f : own_suffixes_vi) {
        if (f.classifier) vi.add_with_classifier(f);
    }
    // `đô la Singapore`, `đôla Úc`, `đô Canada`, each also after the classifier `đồng`.
    for (auto word : dollar_words_vi) {
        for (auto [country, code] : dollar_countries_vi) {
            std::string const text = std::string(word) + " " + std::string(country);
            own_form const f{text, code, src::name, rd::fixed, cases::all, true};
            vi.add_own(f);
            vi.add_with_classifier(f);
        }
    }
    for (own_form const& f : own_suffixes_en) vi.add_own(f);
    add_codes(vi, currencies);
    add_suffix_symbols(vi, currencies);
    add_vi_symbol_suffixes(vi, currencies);
    add_names(vi, currencies, true);
    add_names(vi, currencies, false);
    return lexicon;
}

// builtin_currency_lexicon() and dollar_currencies() (src/currency/builtin.cpp) read what
// build_currency_lexicon() and build_dollar_currencies() give, compiled at build time by
// tools/lexicon_embed.cpp.

std::string const* currency_by_country(std::vector<std::string> const& choices, std::string_view line) {
    // Country words in both languages (English, then Vietnamese where it differs), per currency.
    struct country {
        std::string_view code;
        std::array<std::string_view, 4> words;
    };
    static constexpr country countries[] = {
        {"PHP", {"Philippine", "Filipino", "Manila", ""}},
        {"MXN", {"Mexic", "", "", ""}},
        {"ARS", {"Argentin", "", "", ""}},
        {"CLP", {"Chile", "", "", ""}},
        {"COP", {"Colombia", "", "", ""}},
        {"CUP", {"Cuba", "", "", ""}},
        {"UYU", {"Uruguay", "", "", ""}},
        {"DOP", {"Dominican", "", "", ""}},
        {"TRY", {"Turk", "Th\u1ed5 Nh\u0129 K\u1ef3", "", ""}},  // "Tho Nhi Ky"
        {"LBP", {"Leban", "Li-b\u0103ng", "Liban", ""}},           // "Li-bang"
        {"SYP", {"Syria", "", "", ""}},
        {"CHF", {"Swiss", "Switzerland", "Th\u1ee5y S\u0129", ""}},  // "Thuy Si"
        {"XOF", {"CFA", "", "", ""}},
        {"KWD", {"Kuwait", "C\u00f4-o\u00e9t", "", ""}},           // "Co-oet"
        {"IQD", {"Iraq", "", "", ""}},
        {"RSD", {"Serbia", "", "", ""}},
        {"DZD", {"Algeria", "", "", ""}},
        {"JOD", {"Jordan", "", "", ""}},
        {"BHD", {"Bahrain", "", "", ""}},
        {"LYD", {"Libya", "", "", ""}},
        {"TND", {"Tunisia", "", "", ""}},
        {"SAR", {"Saudi", "\u1ea2 R\u1eadp X\u00ea \u00dat", "", ""}},  // "A Rap Xe Ut"
        {"QAR", {"Qatar", "", "", ""}},
        {"OMR", {"Oman", "", "", ""}},
        {"IRR", {"Iran", "", "", ""}},
        {"YER", {"Yemen", "", "", ""}},
        {"AED", {"Emirat", "UAE", "Dubai", "Abu Dhabi"}},
        {"MAD", {"Morocc", "Maroc", "", ""}},
        {"NOK", {"Norw", "Oslo", "Na Uy", ""}},
        {"DKK", {"Denmark", "Danish", "Copenhagen", "\u0110an M\u1ea1ch"}},  // "Dan Mach"
        {"SEK", {"Swed", "Stockholm", "Th\u1ee5y \u0110i\u1ec3n", ""}},     // "Thuy Dien"
        {"ISK", {"Iceland", "Reykjav", "", ""}},
    };
    for (std::string const& code : choices) {
        for (country const& c : countries) {
            if (c.code != code) continue;
            for (std::string_view w : c.words) {
                if (!w.empty() && line.find(w) != std::string_view::npos) return &code;
            }
        }
    }
    return nullptr;
}

std::string dollar_country(std::string_view paragraph) {
    // Country nouns only: adjectives (`Australian miner`, `Canadian bank`) often go with US-dollar
    // accounts. English, then Vietnamese where it differs. An empty code marks an American word.
    static constexpr std::pair<std::string_view, std::string_view> names[] = {
        {"Singapore", "SGD"}, {"Hong Kong", "HKD"}, {"H\u1ed3ng K\u00f4ng", "HKD"}, {"H\u1ed3ng C\u00f4ng", "HKD"},
        {"Australia", "AUD"}, {"\u00dac", "AUD"}, {"Canada", "CAD"}, {"Taiwan", "TWD"}, {"\u0110\u00e0i Loan", "TWD"},
        {"New Zealand", "NZD"},
        // Hong Kong, Uc, Dai Loan; then My, Hoa Ky
        {"US", ""}, {"U.S.", ""}, {"USA", ""}, {"United States", ""}, {"America", ""}, {"American", ""},
        {"Americans", ""}, {"Washington", ""}, {"M\u1ef9", ""}, {"Hoa K\u1ef3", ""},
    };
    // Bytes of other scripts count as letters, so `Úc` is not found inside a longer word.
    auto const letter = [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    // One pass: only a byte that starts one of the names (`S`, `H`, `U`, the lead byte of `Ú`, ...) at
    // the start of a word is looked at; this runs over every paragraph holding a bare `$`.
    static auto const starts = [] {
        std::array<bool, 256> out{};
        for (auto const& n : names) out[static_cast<unsigned char>(n.first.front())] = true;
        return out;
    }();
    // The first two bytes of every name (each name has at least two).
    auto const pair_at = [](char const* p) {
        return (static_cast<std::size_t>(static_cast<unsigned char>(p[0])) << 8) | static_cast<unsigned char>(p[1]);
    };
    static auto const pairs = [&] {
        std::bitset<65536> out;
        for (auto const& n : names) out.set(pair_at(n.first.data()));
        return out;
    }();
#if defined(__SSE2__)
    // Every name starts with an upper-case ASCII letter or the lead byte of `Ú`/`Đ`: sixteen bytes
    // without one are skipped at once (most of a paragraph is lower-case prose).
    static bool const upper_starts = std::all_of(std::begin(names), std::end(names), [](auto const& n) {
        char const c = n.first.front();
        return (c >= 'A' && c <= 'Z') || c == '\xC3' || c == '\xC4';
    });
    auto const next_upper = [&](std::size_t i) {
        while (i + 16 <= paragraph.size()) {
            __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(paragraph.data() + i));
            __m128i const upper =
                _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
            __m128i const lead = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\xC3')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\xC4')));
            auto const mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(upper, lead)));
            if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
            i += 16;
        }
        return i;
    };
#endif
    std::string_view found;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
#if defined(__SSE2__)
        if (upper_starts) {
            i = next_upper(i);
            if (i >= paragraph.size()) break;
        }
#endif
        char const c = paragraph[i];
        if (!starts[static_cast<unsigned char>(c)] || (i > 0 && letter(paragraph[i - 1]))) continue;
        // Most capitals start other words (`The`, `Shares`): their first two bytes rule them out.
        if (i + 1 < paragraph.size() && !pairs.test(pair_at(paragraph.data() + i))) continue;
        auto const rest = paragraph.substr(i);
        for (auto const& [name, code] : names) {
            if (name.front() != c || rest.substr(0, name.size()) != name) continue;
            if (name.size() < rest.size() && letter(rest[name.size()]) && letter(name.back())) continue;
            if (code.empty()) return {};  // something American: the `$` may be the US dollar
            if (!found.empty() && found != code) return {};  // two dollar countries: not settled
            found = code;
        }
    }
    return std::string(found);
}

std::vector<std::string> build_dollar_currencies() {
    std::vector<std::string> out(leading_dollars.begin(), leading_dollars.end());
    for (std::string const& code : current_currencies()) {
        if (contains(leading_dollars, code)) continue;
        std::optional<std::string> name = icu_name(code, "en", UCURR_LONG_NAME);
        if (name && name->find("Dollar") != std::string::npos) out.push_back(code);
    }
    return out;
}

std::vector<std::string> build_iso_codes() {
    std::vector<std::string> codes = icu_iso_codes(UCURR_ALL);
    std::erase_if(codes, [](std::string const& c) { return !looks_like_code(c); });
    return codes;
}

}  // namespace figura::detail

namespace figura {
namespace {

std::set<std::string, std::less<>> const& all_iso_codes() {
    static std::set<std::string, std::less<>> const codes = [] {
        std::vector<std::string> const list = detail::build_iso_codes();
        return std::set<std::string, std::less<>>(list.begin(), list.end());
    }();
    return codes;
}

}  // namespace

// is_iso_currency() reads the compiled list (src/currency/builtin.cpp); a display name is asked for
// rarely enough to read ICU's.
std::optional<std::string> currency_display_name(std::string_view code, std::string_view lang) {
    if (!all_iso_codes().contains(code)) return std::nullopt;
    if (lang != "en" && lang != "vi") return std::nullopt;
    return detail::icu_name(code, lang == "en" ? "en" : "vi", UCURR_LONG_NAME);
}

}  // namespace figura
