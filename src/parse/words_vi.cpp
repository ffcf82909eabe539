// The Vietnamese grammar's words: what its tables match (parse/word_list.hpp). Compiled into the
// build tool that writes them out (tools/words_embed.cpp) and into the test that compares, not into
// the library, which reads the written tables.

#include "currency/lexicon.hpp"
#include "parse/word_list.hpp"

namespace figura::detail::grammar {

void fill_words_vi(language_word_lists& t) {
    auto const& lexicon = builtin_currency_lexicon();
    for (std::size_t i = 0; i < lexicon.prefixes.size(); ++i) add_exact(t.currency_prefix, lexicon.prefixes[i].text, static_cast<int>(i));
    // Attached forms (`64p`) are English share prices; `5p` in Vietnamese is five minutes.
    for (std::size_t i = 0; i < lexicon.suffixes_vi.size(); ++i) {
        if (!lexicon.suffixes_vi[i].attached) add_exact(t.currency_suffix, lexicon.suffixes_vi[i].text, static_cast<int>(i));
    }

    // CLDR short forms (N, Tr, T = tỷ, NT) are case-sensitive; the words take every case variant.
    for (auto [key, power] : {std::pair{"k", 3}, {"K", 3}, {"N", 3}, {"tr", 6}, {"Tr", 6}, {"T", 9}, {"NT", 12}}) {
        add_exact(t.scale_attached, key, power);
    }
    for (auto [key, power] : {std::pair{"N", 3}, {"Tr", 6}, {"T", 9}, {"NT", 12}}) add_exact(t.scale_spaced, key, power);
    for (auto [word, power] : {std::pair{"nghìn", 3}, {"ngàn", 3}, {"triệu", 6}, {"tỷ", 9}, {"tỉ", 9}, {"nghìn tỷ", 12},
                               {"nghìn tỉ", 12}, {"ngàn tỷ", 12}, {"ngàn tỉ", 12}, {"triệu tỷ", 15}, {"triệu tỉ", 15}}) {
        add_with_case_variants(t.scale_spaced, word, std::int32_t{power});
        add_with_case_variants(t.scale_attached, word, std::int32_t{power});
    }

    // English scale words appear in Vietnamese copy too ("1,5 billion USD", "20bn").
    for (auto [key, power] : {std::pair{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"bn", 9},
                              {"tn", 12}, {"mn", 6}, {"crore", 7}, {"lakh", 5}}) {
        add_exact(t.scale_spaced, key, std::int32_t{power});
        add_exact(t.scale_attached, key, std::int32_t{power});
    }

    using enum lead_word;
    for (auto [phrase, lead] : {
             std::pair{"khoảng", approx}, {"gần", approx}, {"chừng", approx}, {"khoảng chừng", approx}, {"xấp xỉ", approx},
             {"ước", approx}, {"ước tính", approx}, {"ước khoảng", approx}, {"trên dưới", approx}, {"ngót", approx},
             {"ngót nghét", approx}, {"tầm", approx}, {"cỡ", approx}, {"xuýt xoát", approx}, {"suýt soát", approx},
             {"ước chừng", approx}, {"độ khoảng", approx},
             {"dưới", lt}, {"chưa tới", lt}, {"chưa đến", lt}, {"ít hơn", lt}, {"không tới", lt}, {"không đến", lt},
             {"kém hơn", lt}, {"chưa đầy", lt}, {"không đầy", lt},
             {"tối đa", le}, {"không quá", le}, {"lên tới", le}, {"lên đến", le}, {"tới", le}, {"đến", le},
             {"nhiều nhất", le}, {"cao nhất", le}, {"không hơn", le}, {"không cao hơn", le}, {"không vượt quá", le},
             {"không lớn hơn", le}, {"không nhiều hơn", le}, {"tối đa là", le},
             {"hơn", gt}, {"trên", gt}, {"vượt", gt}, {"vượt quá", gt}, {"vượt mức", gt}, {"nhiều hơn", gt}, {"quá", gt},
             {"vượt ngưỡng", gt}, {"vượt mốc", gt}, {"lớn hơn", gt},
             {"ít nhất", ge}, {"tối thiểu", ge}, {"không dưới", ge}, {"không ít hơn", ge}, {"thấp nhất", ge},
             {"không thấp hơn", ge}, {"ít nhất là", ge}, {"tối thiểu là", ge},
             // A comparative difference qualifies nothing: `đắt hơn 150 USD` is 150 USD more.
             {"cao hơn", hedge}, {"thấp hơn", hedge}, {"đắt hơn", hedge}, {"rẻ hơn", hedge},
             // `dao động trong khoảng 63.000 - 69.000 đồng`: "in the range"; before one amount "about".
             {"trong khoảng", within},
             {"từ", from}, {"năm", year}}) {
        add_with_case_variants(t.lead, phrase, lead);
    }
    for (auto [phrase, lead] : {std::pair{"trở lên", ge}, {"trở xuống", le}}) add_exact(t.trailing, phrase, lead);
    for (auto word : {"chấm", "phẩy"}) add_exact(t.point_words, word, no_value{});
    for (auto [word, digit] : {std::pair{"không", 0}, {"một", 1}, {"hai", 2}, {"ba", 3}, {"bốn", 4}, {"năm", 5}, {"sáu", 6},
                               {"bảy", 7}, {"tám", 8}, {"chín", 9}}) {
        add_exact(t.digit_words, word, digit);
    }
    for (auto [key, power] : {std::pair{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mn", 6}, {"bn", 9}}) {
        add_exact(t.scale_late, key, std::int32_t{power});
    }
    // A scale word and the word after it that make a noun: `ba tỷ phú` is three billionaires, `tỷ
    // giá` the exchange rate, not 10^9 of anything. (`tỷ số` is left out: `2 tỷ số điện thoại` counts.)
    for (auto scale : {"tỷ", "tỉ"}) {
        for (auto noun : {"phú", "lệ", "giá", "trọng", "suất"}) {
            add_with_case_variants(t.scale_nouns, std::string(scale) + " " + noun, no_value{});
        }
    }
    add_with_case_variants(t.scale_nouns, "triệu phú", no_value{});
    // What a price may be per after "một" (`70 triệu đồng một ha`); "mỗi" takes any word.
    for (auto unit : {"kg", "ha", "lượng", "chỉ", "tháng", "năm", "ngày", "tuần", "giờ", "đêm", "người", "lít", "tấn", "ounce",
                      "m2", "cây", "chiếc", "suất", "vé", "lần", "khách", "hộp", "gói", "bát", "tô", "ly", "cốc", "chai",
                      "thùng", "con", "cặp", "bộ", "phòng", "căn", "lô", "buổi", "tiết", "lượt", "học kỳ", "trẻ", "học sinh"}) {
        add_exact(t.per_units, unit, no_value{});
    }

    using enum word_role;
    for (auto [word, w] : {std::pair{"không", number_word{unit, 0}}, {"một", {unit, 1}}, {"hai", {unit, 2}}, {"ba", {unit, 3}},
                           {"bốn", {unit, 4}}, {"năm", {unit, 5}}, {"sáu", {unit, 6}}, {"bảy", {unit, 7}}, {"bẩy", {unit, 7}},
                           {"tám", {unit, 8}}, {"chín", {unit, 9}}, {"mốt", {vi_unit_after_tens, 1}},
                           {"lăm", {vi_unit_after_tens, 5}}, {"nhăm", {vi_unit_after_tens, 5}}, {"tư", {vi_unit_after_tens, 4}},
                           {"mười", {teen, 10}}, {"mươi", {vi_tens, 10}}, {"trăm", {hundred, 100}}, {"lẻ", {vi_zero_tens, 0}},
                           {"linh", {vi_zero_tens, 0}}, {"nghìn", {scale, 3}}, {"ngàn", {scale, 3}}, {"triệu", {scale, 6}},
                           {"tỷ", {scale, 9}}, {"tỉ", {scale, 9}}, {"nửa", {word_role::half, 5}}, {"chục", {vi_chuc, 10}}}) {
        add_with_case_variants(t.number_words, word, w);
    }
    // Range openers: leads the grammar pairs with their closing word, and the tilde.
    for (auto opener : {"từ", "Từ", "giữa", "Giữa", "~"}) add_exact(t.range_openers, opener, no_value{});
}

}  // namespace figura::detail::grammar
