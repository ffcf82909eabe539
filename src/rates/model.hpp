#pragma once
/// Internal representation of rates: compact observations, series and sources, shared by the
/// loaders, the writer and the table.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "figura/rates.hpp"

namespace figura::detail {

/// Days since 1970-01-01.
using day_number = std::int32_t;

[[nodiscard]] inline day_number to_day_number(std::chrono::year_month_day d) noexcept {
    return static_cast<day_number>(std::chrono::sys_days(d).time_since_epoch().count());
}
[[nodiscard]] inline std::chrono::year_month_day from_day_number(day_number n) noexcept {
    return std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(n)));
}

/// One published figure: coefficient * 10^exponent on a day (the first day of its period for
/// averages). 16 bytes, so the embedded ECB history (about 180k figures) stays small and loads fast.
struct rate_obs {
    day_number day;
    std::int32_t exponent;
    std::int64_t coefficient;
};

/// A series' figures: owned, or read in place from the embedded rates image (rates/image.hpp),
/// which lives as long as the program: the shipped history is never copied onto the heap. Reads
/// like a const vector; adding a figure to a borrowed list copies it first.
class obs_list {
public:
    obs_list() noexcept = default;
    obs_list(std::vector<rate_obs> owned) noexcept : owned_(std::move(owned)) { point_at_owned(); }  // NOLINT: a vector is a list
    obs_list(obs_list const& other) : owned_(other.owned_), data_(other.data_), size_(other.size_) {
        if (other.owns()) point_at_owned();
    }
    obs_list(obs_list&& other) noexcept { *this = std::move(other); }
    obs_list& operator=(obs_list const& other) {
        if (this != &other) *this = obs_list(other);
        return *this;
    }
    obs_list& operator=(obs_list&& other) noexcept {
        if (this != &other) {
            bool const owned = other.owns();
            owned_ = std::move(other.owned_);
            data_ = other.data_;
            size_ = other.size_;
            if (owned) point_at_owned();
            other.reset();
        }
        return *this;
    }
    ~obs_list() = default;

    /// `n` figures at `data`, which must outlive every copy (the embedded image does).
    [[nodiscard]] static obs_list borrowed(rate_obs const* data, std::size_t n) noexcept {
        obs_list out;
        out.data_ = data;
        out.size_ = n;
        return out;
    }

    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] rate_obs const* data() const noexcept { return data_; }
    [[nodiscard]] rate_obs const* begin() const noexcept { return data_; }
    [[nodiscard]] rate_obs const* end() const noexcept { return data_ + size_; }
    [[nodiscard]] rate_obs const& operator[](std::size_t i) const noexcept { return data_[i]; }
    [[nodiscard]] rate_obs const& front() const noexcept { return data_[0]; }
    [[nodiscard]] rate_obs const& back() const noexcept { return data_[size_ - 1]; }

    void reserve(std::size_t n) {
        own();
        owned_.reserve(n);
        point_at_owned();
    }
    void push_back(rate_obs const& o) {
        own();
        owned_.push_back(o);
        point_at_owned();
    }

private:
    [[nodiscard]] bool owns() const noexcept { return data_ == nullptr || data_ == owned_.data(); }
    void own() {
        if (!owns()) owned_.assign(data_, data_ + size_);
    }
    void point_at_owned() noexcept {
        data_ = owned_.data();
        size_ = owned_.size();
    }
    void reset() noexcept {
        owned_.clear();
        data_ = nullptr;
        size_ = 0;
    }

    std::vector<rate_obs> owned_;
    rate_obs const* data_ = nullptr;
    std::size_t size_ = 0;
};

struct series_data {
    std::string base;
    std::string quote;
    series_basis basis = series_basis::daily;
    obs_list obs;  ///< strictly ascending by day
};

}  // namespace figura::detail

namespace figura {

struct rate_source_data::impl {
    rate_source_info info;
    std::vector<detail::series_data> series;
    bool replace = false;
};

}  // namespace figura

namespace figura::detail {

[[nodiscard]] inline decimal to_decimal(rate_obs const& o) { return decimal(decimal::coefficient_type(o.coefficient), o.exponent); }

/// Exact value of an observation.
[[nodiscard]] rational to_rational(rate_obs const& o);

/// Writes coefficient * 10^exponent in plain positional notation keeping the scale ("0.58231").
[[nodiscard]] std::string format_obs_value(std::int64_t coefficient, std::int32_t exponent);

/// True for an ISO 4217 code (current or historic) figura accepts in rate files.
[[nodiscard]] bool is_rate_currency(std::string_view code);

/// Error with `name:line:column:` prefix; column counts code points of `line_text` up to `byte_col`.
[[nodiscard]] figura::error file_error(std::string_view id, std::string_view name, std::string_view text,
                                       std::size_t byte_offset, std::size_t length, std::string const& message);

}  // namespace figura::detail

namespace figura::detail {

/// Both files' series in one source (ids must match; the same series in both is an error). For the
/// importer, which writes the Fed monthly and annual files as one source.
[[nodiscard]] result<rate_source_data> merge_source_data(rate_source_data const& a, rate_source_data const& b);

}  // namespace figura::detail
