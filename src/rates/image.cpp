// The binary rates image (rates/image.hpp): written by tools/rates_embed.cpp at build time, read by
// rate_table::embedded().

#include "rates/image.hpp"

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "rates/model.hpp"

namespace figura::detail {
namespace {

constexpr std::string_view magic = "FIGRATE1";
constexpr std::size_t obs_alignment = 16;
static_assert(sizeof(rate_obs) == 16, "the image stores rate_obs as they are in memory");
// A field added to a source's description or a series must be written and read here too; these stop
// the build until it is (sizes of the fields below on 64-bit libstdc++).
static_assert(sizeof(void*) != 8 || sizeof(rate_source_info) == 240,
              "rate_source_info changed: write and read the new field in src/rates/image.cpp");
static_assert(sizeof(void*) != 8 || sizeof(series_data) == 112,
              "series_data changed: write and read the new field in src/rates/image.cpp");

void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<char const*>(&v), sizeof v); }
void put_u8(std::string& out, std::uint8_t v) { out += static_cast<char>(v); }
void put_string(std::string& out, std::string_view s) {
    put_u32(out, static_cast<std::uint32_t>(s.size()));
    out += s;
}
void put_strings(std::string& out, std::vector<std::string> const& list) {
    put_u32(out, static_cast<std::uint32_t>(list.size()));
    for (auto const& s : list) put_string(out, s);
}

error image_error(std::string message) { return error{"F-RATE-110", "embedded rates image: " + std::move(message), {}}; }

// Reads the image front to back; every read is bounds-checked.
class cursor {
public:
    explicit cursor(std::string_view image, std::size_t at = 0) : image_(image), at_(at) {}
    [[nodiscard]] bool ok() const noexcept { return ok_; }
    [[nodiscard]] std::size_t at() const noexcept { return at_; }

    std::uint32_t u32() {
        std::uint32_t v = 0;
        if (take(sizeof v)) std::memcpy(&v, image_.data() + at_ - sizeof v, sizeof v);
        return v;
    }
    std::uint8_t u8() { return take(1) ? static_cast<std::uint8_t>(image_[at_ - 1]) : 0; }
    std::string_view string() {
        std::uint32_t const n = u32();
        return take(n) ? image_.substr(at_ - n, n) : std::string_view{};
    }
    std::vector<std::string> strings() {
        std::uint32_t const n = u32();
        std::vector<std::string> out;
        for (std::uint32_t i = 0; i < n && ok_; ++i) out.emplace_back(string());
        return out;
    }
    void align() { take((obs_alignment - at_ % obs_alignment) % obs_alignment); }
    char const* bytes(std::size_t n) { return take(n) ? image_.data() + at_ - n : nullptr; }

private:
    bool take(std::size_t n) {
        if (!ok_ || n > image_.size() - at_) {
            ok_ = false;
            return false;
        }
        at_ += n;
        return true;
    }
    std::string_view image_;
    std::size_t at_;
    bool ok_ = true;
};

// Reads one source's fields; with `into` null the figures are skipped. With `borrow` the figures
// are read in place (the image must outlive the data), else copied.
bool read_source(cursor& in, rate_source_data::impl* into, bool borrow = false) {
    rate_source_info info;
    info.id = in.string();
    info.title = in.string();
    info.attribution = in.string();
    info.url = in.string();
    info.pivot = in.string();
    info.kind = static_cast<rate_kind>(in.u8());
    bool const replace = in.u8() != 0;
    info.notes = in.strings();
    info.origins = in.strings();
    info.retrieved = in.strings();
    std::uint32_t const count = in.u32();
    if (into != nullptr) {
        into->info = std::move(info);
        into->replace = replace;
        into->series.reserve(count);
    }
    for (std::uint32_t i = 0; i < count && in.ok(); ++i) {
        std::string_view const base = in.string();
        std::string_view const quote = in.string();
        auto const basis = static_cast<series_basis>(in.u8());
        std::uint32_t const n = in.u32();
        in.align();
        char const* obs = in.bytes(std::size_t{n} * sizeof(rate_obs));
        if (into == nullptr || obs == nullptr) continue;
        series_data s;
        s.base = base;
        s.quote = quote;
        s.basis = basis;
        if (borrow) {
            // Written from rate_obs objects (trivially copyable, 16 bytes) at a 16-byte boundary of
            // an image that is itself 16-aligned: read where they are.
            s.obs = obs_list::borrowed(reinterpret_cast<rate_obs const*>(obs), n);
        } else {
            std::vector<rate_obs> copy(n);
            std::memcpy(copy.data(), obs, std::size_t{n} * sizeof(rate_obs));
            s.obs = std::move(copy);
        }
        into->series.push_back(std::move(s));
    }
    return in.ok();
}

}  // namespace

std::string write_rates_image(std::vector<rate_source_data> const& sources) {
    std::string out(magic);
    put_u32(out, static_cast<std::uint32_t>(sources.size()));
    for (auto const& data : sources) {
        auto const& d = data.internals();
        put_string(out, d.info.id);
        put_string(out, d.info.title);
        put_string(out, d.info.attribution);
        put_string(out, d.info.url);
        put_string(out, d.info.pivot);
        put_u8(out, static_cast<std::uint8_t>(d.info.kind));
        put_u8(out, d.replace ? 1 : 0);
        put_strings(out, d.info.notes);
        put_strings(out, d.info.origins);
        put_strings(out, d.info.retrieved);
        put_u32(out, static_cast<std::uint32_t>(d.series.size()));
        for (auto const& s : d.series) {
            put_string(out, s.base);
            put_string(out, s.quote);
            put_u8(out, static_cast<std::uint8_t>(s.basis));
            put_u32(out, static_cast<std::uint32_t>(s.obs.size()));
            out.append((obs_alignment - out.size() % obs_alignment) % obs_alignment, '\0');
            out.append(reinterpret_cast<char const*>(s.obs.data()), s.obs.size() * sizeof(rate_obs));
        }
    }
    return out;
}

result<std::vector<image_source>> list_rates_image(std::string_view image) {
    if (!image.starts_with(magic)) return image_error("bad header");
    cursor in(image, magic.size());
    std::uint32_t const count = in.u32();
    std::vector<image_source> out;
    for (std::uint32_t i = 0; i < count && in.ok(); ++i) {
        std::size_t const offset = in.at();
        cursor peek(image, offset);
        std::string_view const id = peek.string();
        if (!read_source(in, nullptr)) break;
        out.push_back({id, offset});
    }
    if (!in.ok() || in.at() != image.size()) return image_error("truncated or malformed");
    return out;
}

result<rate_source_data> read_rates_image_source(std::string_view image, std::size_t offset, bool in_place) {
    auto impl = std::make_shared<rate_source_data::impl>();
    cursor in(image, offset);
    if (!read_source(in, impl.get(), in_place)) return image_error("truncated source");
    return rate_source_data(std::shared_ptr<rate_source_data::impl const>(std::move(impl)));
}

}  // namespace figura::detail
