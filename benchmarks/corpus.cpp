#include "corpus.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace figura::bench {
namespace {

// splitmix64: deterministic everywhere and cheap enough to generate megabytes.
class rng {
public:
    explicit rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <class T, std::size_t N>
    T const& pick(std::array<T, N> const& items) { return items[below(N)]; }

private:
    std::uint64_t state_;
};

using words = std::string_view;

// ---- English --------------------------------------------------------------------------------------
constexpr std::array<words, 10> subjects_en = {
    "China's central bank", "The company", "Vietnam's finance ministry", "Alibaba", "The state-owned lender",
    "Vingroup", "The sovereign fund", "HSBC", "The developer", "Beijing"};
constexpr std::array<words, 8> places_en = {
    "Hong Kong", "Shanghai", "Hanoi", "Ho Chi Minh City", "Singapore", "London", "Shenzhen", "Da Nang"};
constexpr std::array<words, 5> days_en = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
constexpr std::array<words, 6> projects_en = {
    "metro line", "new port", "chip plant", "housing programme", "bond buyback", "rescue package"};

// Words: {S} subject, {P} place, {D} day, {J} project. Figures: {M} money (with qualifiers, ranges,
// conversions, spelled-out numbers), {C} count, {Y} year, {R} percent, {A} age, {U} unit price.
constexpr std::array<words, 16> figure_sentences_en = {
    "{S} said on {D} that it had raised {M} from investors in {P}.",
    "{S} expects revenue of {M} this year, according to people familiar with the matter.",
    "The deal, valued at {M}, still needs approval from regulators in {P}.",
    "Analysts estimate the shortfall at {M} over the coming years.",
    "{S} reported a net loss of {M} for the quarter, wider than forecast.",
    "Officials said {M} had been set aside for the {J}.",
    "Spending on the {J} reached {M}, the ministry said in a statement.",
    "Investors pulled {M} from funds in {P} during the month.",
    "The bonds, worth {M}, were snapped up within hours.",
    "{S} plans to spend {M} on the {J}, its chairman told shareholders.",
    "{S} raised {M} in {Y}, twice the amount it raised a year earlier.",
    "Profits rose by {R} to {M}, the group said.",
    "{S} bought {C} last year to train its models.",
    "Its chairman, aged {A}, has led the group since {Y}.",
    "Inflation slowed to {R} in {Y}, the statistics office said.",
    "The {J} will employ {C} when it opens in {Y}.",
};
constexpr std::array<words, 10> filler_sentences_en = {
    "The announcement comes as the group faces growing pressure from competitors at home and abroad.",
    "Shares in the company were little changed in afternoon trading in {P}.",
    "Regulators have tightened rules on lending to property developers since the crisis began.",
    "A spokesman declined to comment on the talks, which are continuing.",
    "Critics say the plan does little to address the underlying problems of the sector.",
    "Its chief executive told reporters on {D} that the outlook remained uncertain.",
    "Economists expect the central bank to cut interest rates again before the end of the year.",
    "The exchange rate has swung sharply as traders reassess the prospects for growth.",
    "Local governments, already heavily indebted, have struggled to pay contractors on time.",
    "The {J} has been delayed repeatedly by disputes over land and permits.",
};

// ---- Vietnamese (NFC) -----------------------------------------------------------------------------
constexpr std::array<words, 8> subjects_vi = {
    "Ngân hàng Nhà nước", "Bộ Tài chính", "Tập đoàn Vingroup", "Công ty", "Ngân hàng Trung ương Trung Quốc",
    "Quỹ đầu tư", "Tổng công ty Đường sắt", "Nhà phát triển"};
constexpr std::array<words, 6> places_vi = {
    "Hà Nội", "Thành phố Hồ Chí Minh", "Thượng Hải", "Hồng Kông", "Đà Nẵng", "Bắc Kinh"};
constexpr std::array<words, 5> projects_vi = {
    "tuyến metro số 1", "cảng biển mới", "nhà máy chip", "chương trình nhà ở xã hội", "gói cứu trợ"};

constexpr std::array<words, 16> figure_sentences_vi = {
    "{S} cho biết đã huy động {M} từ các nhà đầu tư tại {P}.",
    "Theo báo cáo, doanh thu của {S} đạt {M} trong quý vừa qua.",
    "Thương vụ trị giá {M} vẫn cần được cơ quan quản lý phê duyệt.",
    "{S} báo lỗ ròng {M} trong quý, sâu hơn so với dự báo của giới phân tích.",
    "Chính phủ đã dành {M} cho {J}, theo thông cáo của {S}.",
    "Vốn đầu tư cho {J} đã đạt {M}, đại diện chủ đầu tư cho biết.",
    "Các nhà đầu tư đã rút {M} khỏi các quỹ tại {P} trong tháng.",
    "Lô trái phiếu trị giá {M} được bán hết chỉ sau vài giờ.",
    "{S} dự kiến chi {M} cho {J} trong giai đoạn tới.",
    "Năm {Y}, {S} đã huy động được {M}, gấp đôi năm trước.",
    "Lợi nhuận tăng {R} lên {M}, công ty cho biết.",
    "{S} hiện có {C} trên cả nước.",
    "Chủ tịch tập đoàn, {A} tuổi, đã điều hành doanh nghiệp từ năm {Y}.",
    "Lạm phát giảm xuống {R} trong năm {Y}, theo Tổng cục Thống kê.",
    "Giá thịt lợn hơi tại {P} hiện ở mức {U}.",
    "Dự án {J} sẽ cần {C} khi đi vào hoạt động năm {Y}.",
};
constexpr std::array<words, 10> filler_sentences_vi = {
    "Thông báo được đưa ra trong bối cảnh doanh nghiệp chịu áp lực ngày càng lớn từ các đối thủ cạnh tranh.",
    "Cổ phiếu của công ty gần như không thay đổi trong phiên giao dịch buổi chiều tại {P}.",
    "Người phát ngôn từ chối bình luận về các cuộc đàm phán vẫn đang tiếp diễn.",
    "Giới phê bình cho rằng kế hoạch này chưa giải quyết được những vấn đề cốt lõi của ngành.",
    "Tổng giám đốc nói với các phóng viên rằng triển vọng vẫn còn nhiều bất định.",
    "Các cơ quan quản lý đã siết chặt quy định cho vay đối với doanh nghiệp bất động sản.",
    "Tỷ giá giữa đồng USD và nhân dân tệ biến động mạnh trong tuần qua.",
    "Tỉnh Đồng Nai đã đồng ý với đề xuất này sau nhiều tháng thảo luận.",
    "Tỷ lệ nợ xấu của hệ thống ngân hàng tiếp tục được kiểm soát.",
    "Dự án {J} đã nhiều lần bị chậm tiến độ do vướng mắc về mặt bằng và thủ tục.",
};

// ---- numbers --------------------------------------------------------------------------------------

/// 1..1000, sometimes with one or two decimals, in the language's decimal mark.
std::string small_number(rng& r, char decimal_mark) {
    std::string s = std::to_string(r.between(1, 999) / (r.chance(50) ? 10 : 1) + 1);
    if (r.chance(30)) {
        s += decimal_mark;
        s += std::to_string(r.between(1, 9));
        if (r.chance(30)) s += std::to_string(r.between(0, 9));
    }
    return s;
}

/// An integer with thousands groups: "10,000" (en) or "10.000" (vi).
std::string grouped(std::uint64_t v, char group) {
    std::string const digits = std::to_string(v);
    std::string out;
    auto const n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += group;
        out += digits[i];
    }
    return out;
}

std::string big_integer(rng& r, char group) {
    static constexpr std::array<std::uint64_t, 4> scales = {1000, 10000, 100000, 1000000};
    return grouped(static_cast<std::uint64_t>(r.between(1, 999)) * scales[r.below(scales.size())] +
                       static_cast<std::uint64_t>(r.between(0, 999)),
                   group);
}

std::string year(rng& r) { return std::to_string(r.between(1990, 2030)); }
std::string age(rng& r) { return std::to_string(r.between(25, 85)); }

// ---- English figures ------------------------------------------------------------------------------
constexpr std::array<words, 9> prefix_symbols_en = {"$", "$", "$", "US$", "HK$", "S$", "£", "€", "Rmb"};
constexpr std::array<words, 9> scales_en = {"m", "bn", "bn", "tn", "trn", "mn", " million", " billion", " trillion"};
constexpr std::array<words, 8> suffix_names_en = {"yuan", "dollars", "euros", "yen", "pounds", "dong", "US dollars", "renminbi"};
constexpr std::array<words, 15> qualifiers_en = {
    "about", "around", "roughly", "some", "nearly", "almost", "less than", "under", "more than", "over",
    "up to", "as much as", "at least", "at most", "upwards of"};
constexpr std::array<words, 4> count_nouns_en = {"GPUs", "workers", "tonnes of rice", "flats"};
constexpr std::array<words, 6> spelled_en = {
    "two hundred million dollars", "three billion yuan", "five million euros", "forty thousand dollars",
    "one and a half billion dollars", "twelve million pounds"};

std::string plain_money_en(rng& r) {
    switch (r.below(5)) {
    case 0:
    case 1: return std::string(r.pick(prefix_symbols_en)) + small_number(r, '.') + std::string(r.pick(scales_en));
    case 2: return small_number(r, '.') + (r.chance(50) ? "bn " : " million ") + std::string(r.pick(suffix_names_en));
    case 3: return (r.chance(50) ? "CNY " : "USD") + small_number(r, '.') + "bn";
    default: return r.chance(70) ? "$" + big_integer(r, ',') : "¥" + small_number(r, '.') + "bn";
    }
}

std::string money_en(rng& r, std::size_t& count) {
    ++count;
    switch (r.below(8)) {
    case 0:
    case 1:
    case 2: return plain_money_en(r);
    case 3:
    case 4: return std::string(r.pick(qualifiers_en)) + " " + plain_money_en(r);
    case 5: {
        auto const sym = std::string(r.pick(prefix_symbols_en));
        auto const a = r.between(1, 50);
        auto const b = a + r.between(1, 20);
        switch (r.below(3)) {
        case 0: return "between " + sym + std::to_string(a) + "m and " + sym + std::to_string(b) + "m";
        case 1: return sym + std::to_string(a) + "bn-" + sym + std::to_string(b) + "bn";
        default: return std::to_string(a) + " to " + std::to_string(b) + " million dollars";
        }
    }
    case 6: {  // an amount and its conversion: two figures
        ++count;
        auto const a = r.between(10, 900);
        return r.chance(50) ? "Rmb" + std::to_string(a) + "bn ($" + std::to_string(a / 7 + 1) + "bn)"
                            : std::to_string(a) + "bn yuan (about $" + std::to_string(a / 7 + 1) + "bn)";
    }
    default: return std::string(r.pick(spelled_en));
    }
}

std::string count_en(rng& r) { return big_integer(r, ',') + " " + std::string(r.pick(count_nouns_en)); }
std::string percent_en(rng& r) { return small_number(r, '.') + (r.chance(60) ? "%" : " per cent"); }

// ---- Vietnamese figures ---------------------------------------------------------------------------
constexpr std::array<words, 7> scales_vi = {"nghìn", "ngàn", "triệu", "tỷ", "tỷ", "tỉ", "nghìn tỷ"};
constexpr std::array<words, 10> currencies_vi = {
    "đồng", "đồng", "USD", "nhân dân tệ", "NDT", "đô la Mỹ", "euro", "yên", "bảng Anh", "VNĐ"};
constexpr std::array<words, 17> qualifiers_vi = {
    "khoảng", "gần", "chừng", "xấp xỉ", "ước tính", "dưới", "chưa tới", "hơn", "trên", "vượt",
    "lên tới", "lên đến", "tối đa", "không quá", "ít nhất", "tối thiểu", "không dưới"};
constexpr std::array<words, 4> count_nouns_vi = {"GPU", "lao động", "tấn gạo", "căn hộ"};
constexpr std::array<words, 6> spelled_vi = {
    "hai trăm triệu đồng", "một trăm lẻ năm tỷ đồng", "ba mươi mốt triệu USD", "mười lăm tỷ đồng",
    "hai mươi tư nghìn tỷ đồng", "năm trăm triệu nhân dân tệ"};

std::string plain_money_vi(rng& r) {
    switch (r.below(5)) {
    case 0:
    case 1:
    case 2: return small_number(r, ',') + " " + std::string(r.pick(scales_vi)) + " " + std::string(r.pick(currencies_vi));
    case 3: return big_integer(r, '.') + (r.chance(50) ? " đồng" : "₫");
    default: return grouped(static_cast<std::uint64_t>(r.between(1, 99)) * 100, '.') + " tỷ";  // implied VND
    }
}

std::string money_vi(rng& r, std::size_t& count) {
    ++count;
    switch (r.below(8)) {
    case 0:
    case 1:
    case 2: return plain_money_vi(r);
    case 3:
    case 4: return std::string(r.pick(qualifiers_vi)) + " " + plain_money_vi(r);
    case 5: {
        auto const a = r.between(1, 50);
        auto const b = a + r.between(1, 20);
        switch (r.below(3)) {
        case 0: return "từ " + std::to_string(a) + " đến " + std::to_string(b) + " triệu USD";
        case 1: return std::to_string(a) + " - " + std::to_string(b) + " tỷ đồng";
        default: return std::to_string(a) + "–" + std::to_string(b) + " tỷ đồng";
        }
    }
    case 6: {  // an amount and its conversion: two figures
        ++count;
        auto const a = r.between(10, 900);
        return r.chance(50) ? std::to_string(a) + " tỷ nhân dân tệ (khoảng " + std::to_string(a / 7 + 1) + " tỷ USD)"
                            : grouped(static_cast<std::uint64_t>(a) * 10, '.') + " tỷ đồng (khoảng " +
                                  std::to_string(a / 2 + 1) + " triệu USD)";
    }
    default: return std::string(r.pick(spelled_vi));
    }
}

std::string count_vi(rng& r) { return big_integer(r, '.') + " " + std::string(r.pick(count_nouns_vi)); }
std::string percent_vi(rng& r) { return small_number(r, ',') + (r.chance(60) ? "%" : " phần trăm"); }
std::string unit_price_vi(rng& r) {
    return grouped(static_cast<std::uint64_t>(r.between(10, 999)) * 1000 + 345, '.') + " đ/kg";
}

// ---- sentences ------------------------------------------------------------------------------------

/// Appends `pattern` with its placeholders filled; counts the figures written into `figures`.
void append_sentence(std::string& out, words pattern, bool vi, rng& r, std::size_t& figures) {
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
            out += pattern[i];
            continue;
        }
        switch (pattern[i + 1]) {
        case 'S': out += vi ? r.pick(subjects_vi) : r.pick(subjects_en); break;
        case 'P': out += vi ? r.pick(places_vi) : r.pick(places_en); break;
        case 'J': out += vi ? r.pick(projects_vi) : r.pick(projects_en); break;
        case 'D': out += r.pick(days_en); break;
        case 'M': out += vi ? money_vi(r, figures) : money_en(r, figures); break;
        case 'C': out += vi ? count_vi(r) : count_en(r), ++figures; break;
        case 'Y': out += year(r), ++figures; break;
        case 'R': out += vi ? percent_vi(r) : percent_en(r), ++figures; break;
        case 'A': out += age(r), ++figures; break;
        case 'U': out += unit_price_vi(r), ++figures; break;
        default: break;
        }
        i += 2;
    }
}

}  // namespace

news_corpus make_news_corpus(corpus_mix mix, std::size_t target_bytes, std::uint64_t seed) {
    rng r(seed);
    news_corpus c;
    c.text.reserve(target_bytes + 4096);
    while (c.text.size() < target_bytes) {
        bool const vi = mix == corpus_mix::vietnamese || (mix == corpus_mix::mixed && r.chance(50));
        auto const& figure_sentences = vi ? figure_sentences_vi : figure_sentences_en;
        auto const& filler_sentences = vi ? filler_sentences_vi : filler_sentences_en;
        // A figure sentence (~120 bytes, 1.4 figures) then 2-5 filler sentences (~100 bytes each)
        // averages about one figure per 300 bytes.
        int const groups = r.between(1, 3);
        for (int g = 0; g < groups; ++g) {
            if (g > 0) c.text += ' ';
            append_sentence(c.text, r.pick(figure_sentences), vi, r, c.figures_written);
            for (int k = r.between(2, 5); k > 0; --k) {
                c.text += ' ';
                append_sentence(c.text, r.pick(filler_sentences), vi, r, c.figures_written);
            }
        }
        // English wire copy often ends with the rate used: `($1 = 7.25 yuan)`.
        if (!vi && r.chance(10)) {
            c.text += " ($1 = 7." + std::to_string(r.between(10, 35)) + " yuan)";
            ++c.figures_written;
        }
        c.text += '\n';
        ++c.paragraphs;
    }
    return c;
}

}  // namespace figura::bench

// ---- articles for `figura check` --------------------------------------------------------------------

namespace figura::bench {
namespace {

/// `v` tenths as "12.3" (en) or "12,3" (vi); whole numbers without a decimal part.
std::string tenths(int v, char decimal_mark) {
    std::string s = std::to_string(v / 10);
    if (v % 10 != 0) {
        s += decimal_mark;
        s += std::to_string(v % 10);
    }
    return s;
}

/// One paragraph of the original and its translation, from sentence pair `k` with numbers drawn from `r`.
void append_sentence_pair(std::string& en, std::string& vi, std::size_t k, rng& r) {
    auto const n = [](int v) { return std::to_string(v); };
    switch (k % 8) {
    case 0: {  // a conversion at about 7.2 yuan to the dollar, in 2024
        int const yuan = r.between(20, 900);
        int const usd = (yuan * 100 + 36) / 72;  // tenths of a billion
        en += "In 2024 the group raised Rmb" + n(yuan) + "bn ($" + tenths(usd, '.') + "bn) from investors in Shenzhen.";
        vi += "Năm 2024, tập đoàn đã huy động " + n(yuan) + " tỷ nhân dân tệ (" + tenths(usd, ',') +
              " tỷ USD) từ các nhà đầu tư ở Thâm Quyến.";
        break;
    }
    case 1: {
        int const cost = r.between(2, 90);
        en += "The new terminal will cost less than $" + n(cost) + "m, the port authority said on Tuesday.";
        vi += "Nhà ga mới sẽ tốn dưới " + n(cost) + " triệu USD, cơ quan quản lý cảng cho biết hôm thứ Ba.";
        break;
    }
    case 2: {
        int const servers = r.between(2, 80);
        int const engineers = r.between(12, 400);
        en += "It bought " + n(servers) + ",000 servers last year and hired " + n(engineers) + " engineers.";
        vi += "Năm ngoái, công ty đã mua " + n(servers) + ".000 máy chủ và tuyển " + n(engineers) + " kỹ sư.";
        break;
    }
    case 3: {
        int const low = r.between(5, 60);
        int const high = low + r.between(1, 30);
        int const pct = r.between(2, 40);
        en += "Sales rose by " + n(pct) + "% to between $" + n(low) + "m and $" + n(high) + "m.";
        vi += "Doanh số tăng " + n(pct) + "% lên từ " + n(low) + " đến " + n(high) + " triệu USD.";
        break;
    }
    case 4: {  // about 25,000 dong to the dollar
        int const usd = r.between(4, 400);
        std::string const dong = std::to_string(usd * 25);
        std::string dong_en = dong;
        std::string dong_vi = dong;
        if (dong.size() > 3) {
            dong_en.insert(dong.size() - 3, ",");
            dong_vi.insert(dong.size() - 3, ".");
        }
        en += "Officials set aside about " + dong_en + "bn dong (about $" + n(usd) + "m) for social housing.";
        vi += "Các quan chức đã dành khoảng " + dong_vi + " tỷ đồng (khoảng " + n(usd) +
              " triệu USD) cho nhà ở xã hội.";
        break;
    }
    case 5:
        en += "A spokesman declined to comment on the talks, which are continuing behind closed doors.";
        vi += "Một người phát ngôn từ chối bình luận về các cuộc đàm phán vẫn đang diễn ra kín.";
        break;
    case 6: {
        int const age = r.between(35, 80);
        int const since = r.between(1995, 2022);
        en += "Its chairman, aged " + n(age) + ", has led the group since " + n(since) + ".";
        vi += "Chủ tịch tập đoàn, " + n(age) + " tuổi, đã điều hành doanh nghiệp từ năm " + n(since) + ".";
        break;
    }
    default: {
        int const euros = r.between(1, 40);
        en += "The bonds, worth as much as €" + n(euros) + "bn, were sold within hours.";
        vi += "Số trái phiếu trị giá lên tới " + n(euros) + " tỷ euro đã được bán hết trong vài giờ.";
        break;
    }
    }
}

}  // namespace

std::string make_bilingual_article(std::size_t target_bytes) {
    rng r(20250304);
    std::string en_body;
    std::string vi_body;
    std::size_t k = 0;
    while (en_body.size() + vi_body.size() + 400 < target_bytes) {
        // Three sentences a paragraph, translated one for one.
        std::string en;
        std::string vi;
        for (int s = 0; s < 3; ++s, ++k) {
            if (s > 0) {
                en += ' ';
                vi += ' ';
            }
            append_sentence_pair(en, vi, k, r);
        }
        en_body += en + '\n';
        vi_body += vi + '\n';
    }
    return "- Tập đoàn huy động 120 tỷ nhân dân tệ (16,7 tỷ USD) năm 2024\n"
           "- Nhà ga mới tốn dưới 40 triệu USD\n"
           "https://example.com/business/2025/03/04/generated-group\n"
           "Tập đoàn mở rộng sang cảng biển và trung tâm dữ liệu\n"
           "Ngày 4 tháng 3 năm 2025 | Hà Nội\n" +
           vi_body +
           "The group expands into ports and data centres\n"
           "Mar 4th 2025|Hanoi\n" +
           en_body;
}

std::string make_jsonl_article(int i) {
    auto const n = [](int v) { return std::to_string(v); };
    int const yuan = 100 + i % 50;
    int const usd = (yuan * 100 + 36) / 72;  // about 7.2 CNY per USD, in tenths of a billion
    std::string const en_usd = n(usd / 10) + "." + n(usd % 10);
    std::string const vi_usd = n(usd / 10) + "," + n(usd % 10);
    std::string const cost = n(3 + i % 9);
    std::string const gpus = n(1 + i % 40);
    return "{\"id\":\"a" + n(i) + "\",\"date\":\"2025-01-29\",\"summary\":[\"- Quỹ quản lý " + n(yuan) +
           " tỷ nhân dân tệ (" + vi_usd + " tỷ USD).\"],\"original\":\"Fund expands\\nJan 29th 2025|Hanoi\\n" +
           "In 2021 the fund claimed to manage " + n(yuan) + "bn yuan ($" + en_usd + "bn).\\n" +
           "The project cost less than $" + cost + "m, and the company bought " + gpus + ",000 GPUs.\"," +
           "\"translation\":\"Quỹ mở rộng\\nNgày 29 tháng 1 năm 2025 | Hà Nội\\nNăm 2021, quỹ tuyên bố quản lý " +
           n(yuan) + " tỷ nhân dân tệ (" + vi_usd + " tỷ USD).\\nChi phí của dự án dưới " + cost +
           " triệu USD, và công ty đã mua " + gpus + ".000 GPU.\"}\n";
}

std::string make_jsonl_batch(int articles) {
    std::string out;
    for (int i = 0; i < articles; ++i) out += make_jsonl_article(i);
    return out;
}

std::string make_repeated_figure_jsonl(std::string_view expression, std::size_t count) {
    std::string out = "{\"id\":\"pasted-table\",\"date\":\"2025-01-29\",\"original\":\"";
    out.reserve(out.size() + count * (expression.size() + 1) + 16);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out += ' ';
        out += expression;
    }
    return out + "\"}\n";
}

std::string make_figure_dense_article(std::size_t per_side) {
    std::string en;
    std::string vi;
    en.reserve(per_side * 5);
    vi.reserve(per_side * 14);
    for (std::size_t i = 0; i < per_side; ++i) {
        if (i > 0) {
            en += ", ";
            vi += ", ";
        }
        en += "$5m";
        vi += "5 triệu USD";
    }
    return "https://example.com/business/2025/03/04/table\n"
           "Bảng chi phí\n"
           "Ngày 4 tháng 3 năm 2025 | Hà Nội\n" +
           vi + "\nThe cost table\nMar 4th 2025|Hanoi\n" + en + "\n";
}

}  // namespace figura::bench
