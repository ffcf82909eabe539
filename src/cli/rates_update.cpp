// figura rates update: fetch each publisher's current file with libcurl, check it (transfer complete,
// not an HTML page, read by figura's own loader, covering at least what is installed), and install it
// into the user rates directory by an atomic rename, recording URL, time and SHA-256. A failure for
// one source never touches the files already installed.

#include "cli/rates_update.hpp"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <system_error>

#include "cli/net_libs.hpp"
#include "figura/rates.hpp"
#include "rates/model.hpp"
#include "rates/refresh.hpp"

namespace figura::cli {

namespace {

// Publishers' files. FRED series are H.10's (units per USD, or USD per unit for the euro, pound,
// Australian and New Zealand dollars): the currencies the Fed still publishes, so older series
// (the pre-euro currencies) stay as installed.
constexpr std::string_view fred_monthly_url =
    "https://fred.stlouisfed.org/graph/fredgraph.csv?id=EXUSAL,EXBZUS,EXCAUS,EXSZUS,EXCHUS,EXDNUS,EXUSEU,EXUSUK,EXHKUS,"
    "EXINUS,EXJPUS,EXKOUS,EXSLUS,EXMXUS,EXMAUS,EXNOUS,EXUSNZ,EXSDUS,EXSIUS,EXTHUS,EXTAUS,EXSFUS";
constexpr std::string_view fred_annual_url =
    "https://fred.stlouisfed.org/graph/fredgraph.csv?id=AEXUSAL,AEXBZUS,AEXCAUS,AEXSZUS,AEXCHUS,AEXDNUS,AEXUSEU,AEXHKUS,"
    "AEXINUS,AEXJPUS,AEXKOUS,AEXMXUS,AEXMAUS,AEXNOUS,AEXUSNZ,AEXSDUS,AEXSIUS,AEXTHUS,AEXTAUS,AEXSFUS";

// Bigger than any publisher's history file by far; a server that sends more is not sending rates.
constexpr std::size_t max_download = 64U * 1024U * 1024U;

struct download {
    std::string body;
    std::string content_type;
    long status = 0;
};

struct fetch_error {
    std::string id;
    std::string message;
};

/// The body so far and when the last byte came: a server that stops sending is given up after the
/// timeout, however fast it was before (curl's own low-speed check averages over seconds).
struct transfer {
    std::string* body;
    std::chrono::steady_clock::time_point last_byte;
    std::chrono::seconds patience;
    bool stalled = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* t = static_cast<transfer*>(user);
    std::size_t const n = size * count;
    if (t->body->size() + n > max_download) return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
    t->body->append(data, n);
    t->last_byte = std::chrono::steady_clock::now();
    return n;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto* t = static_cast<transfer*>(user);
    if (std::chrono::steady_clock::now() - t->last_byte <= t->patience) return 0;
    t->stalled = true;
    return 1;  // aborts the transfer (CURLE_ABORTED_BY_CALLBACK)
}

std::string host_of(std::string const& url) {
    auto start = url.find("://");
    start = start == std::string::npos ? 0 : start + 3;
    auto const end = url.find_first_of("/?", start);
    return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

/// GET `url`; the whole body or why not.
std::optional<fetch_error> fetch(std::string const& url, long timeout_seconds, download& out) {
    std::string why_not;
    curl_api const* lib = load_curl(why_not);
    if (lib == nullptr) return fetch_error{"F-UPDATE-001", why_not};
    CURL* curl = lib->easy_init();
    if (curl == nullptr) return fetch_error{"F-UPDATE-001", "cannot initialise libcurl"};
    char error_text[CURL_ERROR_SIZE] = {};
    lib->easy_setopt(curl, CURLOPT_URL, url.c_str());
    lib->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https,file");
    lib->easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    lib->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    lib->easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    lib->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    lib->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout_seconds);
    // A transfer that stalls for the timeout is given up; a slow but moving one is not.
    transfer progress{&out.body, std::chrono::steady_clock::now(), std::chrono::seconds(timeout_seconds)};
    lib->easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    lib->easy_setopt(curl, CURLOPT_XFERINFODATA, &progress);
    lib->easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    lib->easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // gzip when the server offers it
    lib->easy_setopt(curl, CURLOPT_USERAGENT, "figura rates update");
    lib->easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text);
    lib->easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    lib->easy_setopt(curl, CURLOPT_WRITEDATA, &progress);
    CURLcode const rc = lib->easy_perform(curl);
    lib->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &out.status);
    char* type = nullptr;
    if (lib->easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type != nullptr) out.content_type = type;
    lib->easy_cleanup(curl);

    std::string const why = error_text[0] != '\0' ? std::string(error_text) : std::string(lib->easy_strerror(rc));
    switch (rc) {
        case CURLE_OK: break;
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT:
            return fetch_error{"F-UPDATE-001", fmt::format("cannot reach {} (offline?): {}", host_of(url), why)};
        case CURLE_ABORTED_BY_CALLBACK:
        case CURLE_OPERATION_TIMEDOUT:
            return fetch_error{"F-UPDATE-001",
                               fmt::format("{} stalled for {} s and was given up: {}", host_of(url), timeout_seconds, why)};
        case CURLE_PARTIAL_FILE:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
            return fetch_error{"F-UPDATE-003", fmt::format("the download from {} broke off after {} bytes: {}", url,
                                                           out.body.size(), why)};
        case CURLE_WRITE_ERROR:
            return fetch_error{"F-UPDATE-005",
                               fmt::format("{} sent more than {} MiB; that is not a rates file", url, max_download >> 20U)};
        default: return fetch_error{"F-UPDATE-001", fmt::format("cannot download {}: {}", url, why)};
    }
    // file:// has no status; HTTP must say 2xx.
    if (out.status != 0 && (out.status < 200 || out.status > 299))
        return fetch_error{"F-UPDATE-002", fmt::format("{} answered HTTP {}", url, out.status)};
    return std::nullopt;
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i]))) return false;
    return true;
}

/// Servers and captive portals answer a missing file with a web page, sometimes with status 200.
bool looks_like_html(download const& d) {
    if (d.content_type.find("text/html") != std::string::npos) return true;
    std::string_view body = d.body;
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.front())) != 0) body.remove_prefix(1);
    return starts_with_nocase(body, "<!doctype html") || starts_with_nocase(body, "<html");
}

std::string utc_now() {
    auto const now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto const day = std::chrono::floor<std::chrono::days>(now);
    std::chrono::hh_mm_ss const t{now - day};
    return fmt::format("{}T{:02}:{:02}:{:02}Z", to_string(std::chrono::year_month_day{day}), t.hours().count(), t.minutes().count(),
                       t.seconds().count());
}

/// The file as installed: written beside its final name, flushed, then renamed over it, so a reader
/// (or a crash) sees the old file or the new one, never half of one.
std::optional<fetch_error> install(std::filesystem::path const& dir, std::string const& name, std::string const& text) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return fetch_error{"F-UPDATE-006", fmt::format("{}: cannot create directory: {}", dir.string(), ec.message())};
    auto const target = dir / name;
    auto const tmp = dir / (name + ".tmp");
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            std::filesystem::remove(tmp, ec);
            return fetch_error{"F-UPDATE-006", fmt::format("{}: cannot write", tmp.string())};
        }
    }
    std::filesystem::rename(tmp, target, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        return fetch_error{"F-UPDATE-006", fmt::format("{}: cannot install: {}", target.string(), ec.message())};
    }
    return std::nullopt;
}

/// The whole table as the next run will load it, with `name` holding `text`: a file that would make
/// every later command fail (a conflict with another installed file) is never installed.
std::optional<error> validate_install(std::filesystem::path const& dir, std::string const& name, std::string const& text) {
    rate_table::builder b(rate_table::embedded());
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec))
        for (auto const& entry : std::filesystem::directory_iterator(dir, ec))
            if (entry.path().extension() == ".figrates" && entry.path().filename() != name) files.push_back(entry.path());
    files.push_back(dir / name);
    std::sort(files.begin(), files.end());
    for (auto const& f : files) {
        auto data = f.filename() == name ? load_figura_rates(text, name) : load_rates_file(f, rate_file_format::figura);
        if (!data) return data.error();
        auto added = b.add(*data);
        if (!added) {
            error e = added.error();
            e.message = f.string() + ": " + e.message;
            return e;
        }
    }
    return std::nullopt;
}

std::string coverage(rate_source_data const& d) {
    std::optional<std::chrono::year_month_day> first, last;
    for (auto const& s : d.series()) {
        if (s.observations == 0) continue;
        if (!first || s.first < *first) first = s.first;
        if (!last || s.last > *last) last = s.last;
    }
    if (!first) return "no figures";
    return fmt::format("{}..{}", to_string(*first), to_string(*last));
}

update_outcome update_source(std::string const& source, std::vector<rates_feed const*> const& feeds, update_request const& request,
                             rate_table const& installed) {
    update_outcome out;
    out.source = source;
    auto fail = [&](std::string id, std::string message) {
        out.ok = false;
        out.error_id = std::move(id);
        out.lines.insert(out.lines.begin(), std::move(message));
        return out;
    };
    std::optional<rate_source_data> fresh;
    std::vector<std::string> retrieved;
    bool adds_days = false;
    for (auto const* feed : feeds) {
        std::string url = std::string(feed->url);
        if (!request.mirror.empty()) {
            url = request.mirror;
            if (url.back() != '/') url += '/';
            url += feed->file;
        }
        download d;
        if (auto e = fetch(url, request.timeout_seconds, d)) return fail(e->id, e->message);
        if (looks_like_html(d))
            return fail("F-UPDATE-004", fmt::format("{} sent a web page, not {} (an error or login page?)", url, feed->file));
        auto loaded = detail::load_feed(d.body, url, feed->source);
        if (!loaded) return fail(loaded.error().id, loaded.error().message);
        auto const hash = sha256_hex(d.body);
        retrieved.push_back(fmt::format("{} sha256:{} {}", utc_now(), hash, url));
        out.lines.push_back(fmt::format("downloaded {} ({} bytes, sha256 {})", url, d.body.size(), hash));
        adds_days = adds_days || feed->adds_days;
        if (!fresh) {
            fresh = std::move(*loaded);
        } else {
            auto merged = detail::merge_source_data(*fresh, *loaded);
            if (!merged) return fail(merged.error().id, merged.error().message);
            fresh = std::move(*merged);
        }
    }
    auto const old = installed.source_data(source);
    auto refreshed = detail::refresh_source(old ? &*old : nullptr, *fresh,
                                            adds_days ? detail::refresh_mode::add_days : detail::refresh_mode::replace_series,
                                            retrieved);
    if (!refreshed) return fail(refreshed.error().id, refreshed.error().message);
    std::string const name = "update-" + source + ".figrates";
    std::string const text = write_figura_rates(refreshed->data, true);
    if (auto e = validate_install(request.dir, name, text)) return fail(e->id, e->message);
    if (auto e = install(request.dir, name, text)) return fail(e->id, e->message);
    out.ok = true;
    out.lines.insert(out.lines.begin(),
                     fmt::format("installed {}: {} ({} new figure{}, {} revised)", (request.dir / name).string(),
                                 coverage(refreshed->data), refreshed->added, refreshed->added == 1 ? "" : "s", refreshed->revised));
    return out;
}

}  // namespace

std::vector<rates_feed> const& rates_feeds() {
    static std::vector<rates_feed> const feeds{
        {"ecb", "eurofxref-hist.xml", "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.xml", false},
        {"fed", "fred-monthly.csv", fred_monthly_url, false},
        {"fed", "fred-annual.csv", fred_annual_url, false},
        {"market", "currency-api-usd.json", "https://cdn.jsdelivr.net/npm/@fawazahmed0/currency-api@latest/v1/currencies/usd.json",
         true},
    };
    return feeds;
}

std::vector<update_outcome> run_rates_update(update_request const& request) {
    std::vector<update_outcome> outcomes;
    // What is installed now: a download must cover at least as much before it replaces it.
    auto installed = load_table_with_user_rates(request.dir);
    if (!installed) {
        update_outcome o;
        o.source = "(installed rates)";
        o.error_id = installed.error().id;
        o.lines.push_back(installed.error().message);
        outcomes.push_back(std::move(o));
        return outcomes;
    }
    std::vector<std::string> order;
    std::map<std::string, std::vector<rates_feed const*>> by_source;
    for (auto const& f : rates_feeds()) {
        std::string const id(f.source);
        if (!request.sources.empty() && std::find(request.sources.begin(), request.sources.end(), id) == request.sources.end())
            continue;
        if (by_source[id].empty()) order.push_back(id);
        by_source[id].push_back(&f);
    }
    for (auto const& id : order) outcomes.push_back(update_source(id, by_source[id], request, *installed));
    return outcomes;
}

}  // namespace figura::cli
