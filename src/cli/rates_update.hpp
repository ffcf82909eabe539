#pragma once
// `figura rates update`: download the publishers' current files, validate them with figura's own
// loaders, and install them atomically into the user rates directory (docs/cli-rates.md). Only the
// command-line tool links libcurl; the library never touches the network.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace figura::cli {

/// One file a source publishes, and where.
struct rates_feed {
    std::string_view source;  ///< the rate source it refreshes: "ecb", "fed", "market"
    std::string_view file;    ///< its name under --mirror, e.g. "eurofxref-hist.xml"
    std::string_view url;     ///< the publisher's address
    bool adds_days;           ///< true: a snapshot merged into what is installed; false: the whole history
};

/// The publishers' files `rates update` fetches, in order.
std::vector<rates_feed> const& rates_feeds();

struct update_request {
    std::vector<std::string> sources;  ///< empty: every source with a feed
    std::string mirror;                ///< empty: the publishers; else `<mirror>/<file>` for each feed
    std::filesystem::path dir;         ///< the user rates directory to install into
    long timeout_seconds = 30;         ///< connect timeout, and the longest stall mid-transfer
};

/// What happened to one source.
struct update_outcome {
    std::string source;
    bool ok = false;
    std::string error_id;              ///< when !ok
    std::vector<std::string> lines;    ///< what to print: the result, or the error message first
};

/// Runs the update; one outcome per source tried. Never throws for network or data problems.
std::vector<update_outcome> run_rates_update(update_request const& request);

}  // namespace figura::cli
