// Refreshing an installed source with a new download: series-wise replacement guarded against
// truncated files, and snapshots that add days.

#include "rates/refresh.hpp"

#include "rates/model.hpp"

#include <algorithm>

namespace figura::detail {

namespace {

error make_error(std::string_view id, std::string message) {
    error e;
    e.id = std::string(id);
    e.message = std::move(message);
    return e;
}

/// The same series in either direction: a FRED download quotes USD per EUR where the shipped data
/// (from another packaging) holds EUR per USD.
bool same_series(series_data const& a, series_data const& b) {
    return a.basis == b.basis && ((a.base == b.base && a.quote == b.quote) || (a.base == b.quote && a.quote == b.base));
}

bool same_value(rate_obs const& a, rate_obs const& b) {
    return a.exponent == b.exponent ? a.coefficient == b.coefficient : to_rational(a) == to_rational(b);
}

void add_unique(std::vector<std::string>& to, std::vector<std::string> const& from) {
    for (auto const& x : from)
        if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

}  // namespace

result<refreshed_source> refresh_source(rate_source_data const* installed, rate_source_data const& fresh, refresh_mode mode,
                                        std::vector<std::string> const& retrieved) {
    auto const& in = fresh.internals();
    auto out = std::make_shared<rate_source_data::impl>();
    out->info = in.info;
    out->info.retrieved = retrieved;
    out->replace = true;
    refreshed_source result_data;
    if (installed == nullptr) {
        out->series = in.series;
        for (auto const& s : out->series) result_data.added += s.obs.size();
        result_data.data = rate_source_data(std::shared_ptr<rate_source_data::impl const>(std::move(out)));
        return result_data;
    }
    auto const& old = installed->internals();
    if (old.info.id != in.info.id)
        return make_error("F-RATE-111", "the download is source " + in.info.id + ", not " + old.info.id);
    if (!old.info.pivot.empty() && old.info.pivot != in.info.pivot)
        return make_error("F-RATE-111", "the download's pivot is " + in.info.pivot + ", the installed " + old.info.id + " has " +
                                            old.info.pivot);
    // Caveats and origins of what is kept stay with it.
    add_unique(out->info.notes, old.info.notes);
    add_unique(out->info.origins, old.info.origins);

    for (auto const& o : old.series) {
        auto it = std::find_if(in.series.begin(), in.series.end(), [&](series_data const& s) { return same_series(s, o); });
        if (it == in.series.end()) {
            out->series.push_back(o);  // the download does not carry it (a discontinued currency)
            continue;
        }
        if (mode == refresh_mode::replace_series) {
            if (o.obs.empty() || it->obs.empty()) continue;
            // A history that starts later or ends earlier than the one installed is a cut file.
            if (it->obs.front().day > o.obs.front().day || it->obs.back().day < o.obs.back().day)
                return make_error("F-RATE-112", (in.info.origins.empty() ? std::string("the download") : in.info.origins.front()) +
                                  ": " + in.info.id + " " + it->quote + " per " + it->base + " (" + std::string(to_string(it->basis)) +
                                  ") covers " + to_string(from_day_number(it->obs.front().day)) + ".." +
                                  to_string(from_day_number(it->obs.back().day)) + ", less than the " +
                                  to_string(from_day_number(o.obs.front().day)) + ".." + to_string(from_day_number(o.obs.back().day)) +
                                  " installed; not installed (a truncated download?)");
            continue;
        }
        // add_days: the union, the download winning on a shared date.
        series_data merged = o;
        if (it->base != o.base) {
            return make_error("F-RATE-111", "the download quotes " + it->quote + " per " + it->base + ", the installed series " +
                                                o.quote + " per " + o.base + "; a snapshot cannot be added to it");
        }
        std::vector<rate_obs> obs;
        obs.reserve(o.obs.size() + it->obs.size());
        std::size_t i = 0, j = 0;
        while (i < o.obs.size() || j < it->obs.size()) {
            if (j == it->obs.size() || (i < o.obs.size() && o.obs[i].day < it->obs[j].day)) {
                obs.push_back(o.obs[i++]);
            } else if (i == o.obs.size() || it->obs[j].day < o.obs[i].day) {
                obs.push_back(it->obs[j++]);
                ++result_data.added;
            } else {
                if (!same_value(o.obs[i], it->obs[j])) ++result_data.revised;
                obs.push_back(it->obs[j++]);
                ++i;
            }
        }
        merged.obs = std::move(obs);
        out->series.push_back(std::move(merged));
    }
    if (mode == refresh_mode::replace_series) {
        // Count what the download adds or changes against what it replaces, then take it whole.
        for (auto const& s : in.series) {
            auto it = std::find_if(old.series.begin(), old.series.end(), [&](series_data const& o) { return same_series(s, o); });
            if (it == old.series.end() || it->base != s.base) {
                result_data.added += it == old.series.end() ? s.obs.size() : 0;
                out->series.push_back(s);
                continue;
            }
            std::size_t i = 0;
            for (auto const& x : s.obs) {
                while (i < it->obs.size() && it->obs[i].day < x.day) ++i;
                if (i < it->obs.size() && it->obs[i].day == x.day) {
                    if (!same_value(it->obs[i], x)) ++result_data.revised;
                } else {
                    ++result_data.added;
                }
            }
            out->series.push_back(s);
        }
    } else {
        for (auto const& s : in.series)
            if (std::none_of(old.series.begin(), old.series.end(), [&](series_data const& o) { return same_series(s, o); })) {
                result_data.added += s.obs.size();
                out->series.push_back(s);
            }
    }
    result_data.data = rate_source_data(std::shared_ptr<rate_source_data::impl const>(std::move(out)));
    return result_data;
}

result<rate_source_data> load_feed(std::string_view text, std::string_view name, std::string_view source) {
    result<rate_source_data> data = make_error("F-RATE-101", std::string(name) + ": no loader for source " + std::string(source));
    if (source == "ecb") {
        auto const format = detect_rate_file_format(text);
        // The ECB's CSV when it looks like one, else its XML (whose loader names what is wrong).
        data = format == rate_file_format::ecb ? load_ecb_csv(text, name) : load_ecb_xml(text, name);
    } else if (source == "fed") {
        data = load_fred_csv(text, name);
    } else if (source == "market") {
        data = load_currency_api_json(text, name, {"VND"});
    }
    if (!data) return data;
    if (data->info().id != source)
        return make_error("F-RATE-111", std::string(name) + ": read as source " + data->info().id + ", expected " + std::string(source));
    return data;
}

}  // namespace figura::detail
