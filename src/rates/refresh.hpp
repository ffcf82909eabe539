#pragma once
/// Refreshing an installed source with a publisher's new download (`figura rates update`): what the
/// new file may replace, and how a one-day snapshot joins the days already installed.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "figura/rates.hpp"

namespace figura::detail {

enum class refresh_mode {
    replace_series,  ///< the download is a whole history: each of its series replaces the installed one
    add_days,        ///< the download is a snapshot: its days join the installed ones
};

struct refreshed_source {
    rate_source_data data;     ///< what to install (marked `replace`: it stands for the whole source)
    std::size_t added = 0;     ///< figures on dates the installed data did not have
    std::size_t revised = 0;   ///< figures that differ from the installed ones on the same date
};

/// The source as it will be installed: `fresh` over `installed` (null when nothing is installed).
/// In replace_series mode a series of the download (the same pair in either direction, same basis)
/// replaces the installed one, and installed series the download lacks are kept; a download series
/// that covers less than the one it replaces (starts later or ends earlier: a truncated file) is
/// error F-RATE-112 and nothing is replaced. In add_days mode the download's days are added (a new
/// figure for a date already installed replaces it and is counted as revised). `retrieved` becomes
/// the source's record of downloads.
result<refreshed_source> refresh_source(rate_source_data const* installed, rate_source_data const& fresh, refresh_mode mode,
                                        std::vector<std::string> const& retrieved);

/// A downloaded feed of `source` read with figura's loaders: "ecb" the ECB's XML (eurofxref-hist.xml,
/// eurofxref-daily.xml) or CSV, "fed" a FRED CSV, "market" the currency-api JSON (VND per USD only).
/// The data must be the source it claims to be.
result<rate_source_data> load_feed(std::string_view text, std::string_view name, std::string_view source);

}  // namespace figura::detail
