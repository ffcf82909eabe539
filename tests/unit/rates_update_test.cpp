// `figura rates update` end to end: the figura tool downloads from a loopback HTTP server this test
// starts on 127.0.0.1 (tests/unit/loopback_http.hpp), with good files and with every way a download
// goes wrong: truncated, garbage, 404, a web page, a stalled server, a broken-off transfer, no server.
// Fixtures are built from the shipped rates plus made-up test figures for days after them.

#include <catch2/catch.hpp>

#include <figura/rates.hpp>
#include <openssl/evp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <map>
#include <string>
#include <vector>

#include "loopback_http.hpp"

#if defined(FIGURA_CLI_PATH) && defined(FIGURA_RATES_SOURCE_DIR)

namespace fs = std::filesystem;

namespace {

std::string read(fs::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

std::string sha256_hex(std::string const& data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    REQUIRE(EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) == 1);
    std::string out;
    char two[3];
    for (unsigned int i = 0; i < length; ++i) {
        std::snprintf(two, sizeof two, "%02x", digest[i]);
        out += two;
    }
    return out;
}

struct run_result {
    int status = -1;
    std::string out;
    std::string err;
};

std::string shell_quote(std::string const& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// Runs the figura tool with `rates_dir` as its user rates directory.
run_result run_figura(std::vector<std::string> const& args, fs::path const& rates_dir) {
    static int counter = 0;
    auto const base = fs::temp_directory_path() / ("figura-update-run-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::string cmd = "FIGURA_RATES_DIR=" + shell_quote(rates_dir.string()) + " " + shell_quote(FIGURA_CLI_PATH);
    for (auto const& a : args) {
        cmd += ' ';
        cmd += shell_quote(a);
    }
    cmd += " >";
    cmd += shell_quote(base.string() + ".out");
    cmd += " 2>";
    cmd += shell_quote(base.string() + ".err");
    int const raw = std::system(cmd.c_str());
    run_result r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = read(base.string() + ".out");
    r.err = read(base.string() + ".err");
    fs::remove(base.string() + ".out");
    fs::remove(base.string() + ".err");
    return r;
}

/// A fresh, empty directory for one test.
fs::path scratch(std::string const& name) {
    auto const dir = fs::temp_directory_path() / ("figura-update-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

/// The shipped ECB history as the ECB's own XML (newest day first), plus `extra` days after it.
std::string ecb_xml(std::size_t keep_days, std::string const& extra) {
    auto data = figura::load_figura_rates(read(fs::path(FIGURA_RATES_SOURCE_DIR) / "ecb.figrates"), "ecb.figrates");
    REQUIRE(data);
    std::map<std::string, std::string> by_day;  // date -> its <Cube currency rate/> lines
    auto const series = data->series();
    for (std::size_t i = 0; i < series.size(); ++i)
        for (auto const& p : data->points(i))
            by_day[figura::to_string(p.date)] +=
                "\t\t\t<Cube currency='" + series[i].quote + "' rate='" + p.value.to_string() + "'/>\n";
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
                      "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n"
                      "\t<gesmes:subject>Reference rates</gesmes:subject>\n"
                      "\t<gesmes:Sender>\n\t\t<gesmes:name>European Central Bank</gesmes:name>\n\t</gesmes:Sender>\n\t<Cube>\n";
    out += extra;
    std::size_t n = 0;
    for (auto it = by_day.rbegin(); it != by_day.rend() && n < keep_days; ++it, ++n)
        out += "\t\t<Cube time='" + it->first + "'>\n" + it->second + "\t\t</Cube>\n";
    out += "\t</Cube>\n</gesmes:Envelope>\n";
    return out;
}

// Made-up test figures for a day after the shipped ECB data (2026-04-13); nobody published them.
std::string const made_up_ecb_day = "\t\t<Cube time=\"2026-04-14\">\n\t\t\t<Cube currency=\"USD\" rate=\"1.1700\"/>\n"
                                    "\t\t\t<Cube currency=\"JPY\" rate=\"170.01\"/>\n\t\t</Cube>\n";
// A made-up market snapshot for the day after the shipped market data (2026-09-29).
std::string const made_up_snapshot = "{\n\t\"date\": \"2026-09-30\",\n\t\"usd\": {\n\t\t\"eur\": 0.85,\n\t\t\"vnd\": 26001.5\n\t}\n}";

std::string const& full_history() {
    static std::string const xml = ecb_xml(static_cast<std::size_t>(-1), made_up_ecb_day);
    return xml;
}

using response = figura::test::loopback_http_server::response;

/// The server with the good files under /good/ and one broken variant of the ECB file per prefix.
void serve_fixtures(figura::test::loopback_http_server& server) {
    server.route("/good/eurofxref-hist.xml", {200, "text/xml", full_history()});
    server.route("/good/currency-api-usd.json", {200, "application/json", made_up_snapshot});
    std::string const& xml = full_history();
    // Cut in the middle, sent as if it were the whole file.
    server.route("/truncated/eurofxref-hist.xml", {200, "text/xml", xml.substr(0, xml.size() / 2)});
    // Well-formed, but only the last 30 days: a history that lost its past.
    server.route("/short/eurofxref-hist.xml", {200, "text/xml", ecb_xml(30, made_up_ecb_day)});
    std::string garbage;
    for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 131 + 7) % 256);
    server.route("/garbage/eurofxref-hist.xml", {200, "application/octet-stream", garbage});
    server.route("/html/eurofxref-hist.xml",
                 {200, "text/html; charset=utf-8", "<!DOCTYPE html>\n<html><body>Please log in to continue.</body></html>\n"});
    // /missing/ has no routes: the server answers 404 with a web page.
    response stalled{200, "text/xml", xml};
    stalled.stall_after = 1000;
    stalled.stall_ms = 4000;
    server.route("/slow/eurofxref-hist.xml", stalled);
    response interrupted{200, "text/xml", xml};
    interrupted.cut_after = xml.size() / 3;
    server.route("/interrupted/eurofxref-hist.xml", interrupted);
}

}  // namespace

TEST_CASE("rates_update: good downloads install with URL, time and SHA-256, and answer", "[rates_update]") {
    figura::test::loopback_http_server server;
    serve_fixtures(server);
    auto const dir = scratch("good");

    auto r = run_figura({"rates", "update", "--source", "ecb", "--source", "market", "--mirror", server.url() + "/good"}, dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("ecb: installed") != std::string::npos);
    CHECK(r.out.find("market: installed") != std::string::npos);

    auto const ecb = read(dir / "update-ecb.figrates");
    auto const market = read(dir / "update-market.figrates");
    CHECK(ecb.find("retrieved ") != std::string::npos);
    CHECK(ecb.find(" sha256:" + sha256_hex(full_history()) + " " + server.url() + "/good/eurofxref-hist.xml\n") != std::string::npos);
    CHECK(market.find(" sha256:" + sha256_hex(made_up_snapshot) + " " + server.url() + "/good/currency-api-usd.json\n") !=
          std::string::npos);
    CHECK(market.find("\nkind market\n") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "update-ecb.figrates.tmp"));

    // The new day answers, from the installed file; the old days are all still there.
    auto usd = run_figura({"rates", "show", "EUR", "USD", "--on", "2026-04-14", "--format", "json"}, dir);
    REQUIRE(usd.status == 0);
    CHECK(usd.out.find("\"value\": \"117/100\"") != std::string::npos);
    auto old = run_figura({"rates", "show", "EUR", "USD", "--on", "1999-01-04", "--source", "ecb"}, dir);
    CHECK(old.status == 0);
    // The snapshot joined the 203 shipped days of the market indication.
    auto vnd = run_figura({"rates", "show", "USD", "VND", "--on", "2026-09-30"}, dir);
    REQUIRE(vnd.status == 0);
    CHECK(vnd.out.find("26001.500000 VND per USD") != std::string::npos);
    CHECK(vnd.out.find("market indication, not an official rate") != std::string::npos);
    auto earlier = run_figura({"rates", "show", "USD", "VND", "--on", "2026-07-20"}, dir);
    CHECK(earlier.status == 0);

    auto status = run_figura({"rates", "status", "--as-of", "2026-10-01"}, dir);
    REQUIRE(status.status == 0);
    CHECK(status.out.find("retrieved: ") != std::string::npos);
    CHECK(status.out.find("last 2026-09-30") != std::string::npos);

    // Run again: nothing new, the same data, still exit 0.
    auto again = run_figura({"rates", "update", "--source", "market", "--mirror", server.url() + "/good"}, dir);
    CHECK(again.status == 0);
    CHECK(again.out.find("0 new figures") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("rates_update: a failed, cut or wrong download never replaces installed rates", "[rates_update]") {
    figura::test::loopback_http_server server;
    serve_fixtures(server);
    auto const dir = scratch("failures");
    auto first = run_figura({"rates", "update", "--source", "ecb", "--mirror", server.url() + "/good"}, dir);
    INFO(first.err);
    REQUIRE(first.status == 0);
    auto const installed = read(dir / "update-ecb.figrates");

    struct bad_case {
        char const* prefix;
        char const* id;
        char const* says;
    };
    for (auto const& c : {bad_case{"truncated", "F-RATE-101", "cut off"},
                          bad_case{"short", "F-RATE-112", "less than the 1999-01-04..2026-04-14 installed"},
                          bad_case{"garbage", "F-RATE-101", "expected the ECB's XML"},
                          bad_case{"missing", "F-UPDATE-002", "answered HTTP 404"},
                          bad_case{"html", "F-UPDATE-004", "sent a web page"},
                          bad_case{"slow", "F-UPDATE-001", "stalled for 1 s"},
                          bad_case{"interrupted", "F-UPDATE-003", "broke off"}}) {
        // One loop, not SECTIONs: each section would rerun the good install above.
        {
            INFO(c.prefix);
            // Only the stalled server gets the short timeout: on a loaded machine a healthy transfer can
            // pause for a second too, and the other cases must fail for their own reason.
            bool const stall = std::string_view(c.prefix) == "slow";
            auto r = run_figura({"rates", "update", "--source", "ecb", "--timeout", stall ? "1" : "60", "--mirror",
                                 server.url() + "/" + c.prefix},
                                dir);
            INFO(r.out + r.err);
            CHECK(r.status == 2);
            CHECK(r.err.find(std::string("error[") + c.id + "]") != std::string::npos);
            CHECK(r.err.find(c.says) != std::string::npos);
            CHECK(r.err.find("rates already installed") != std::string::npos);
            // Byte for byte what was there, and no half-written file beside it.
            CHECK((read(dir / "update-ecb.figrates") == installed));
            CHECK_FALSE(fs::exists(dir / "update-ecb.figrates.tmp"));
            // Conversions go on with the installed rates.
            CHECK(run_figura({"rates", "show", "EUR", "USD", "--on", "2026-04-14"}, dir).status == 0);
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("rates_update: with no server to reach it says so and exits 2, changing nothing", "[rates_update]") {
    std::string url;
    {
        figura::test::loopback_http_server gone;  // a port that was just free, now closed
        url = gone.url();
    }
    auto const dir = scratch("offline");
    auto r = run_figura({"rates", "update", "--timeout", "2", "--mirror", url}, dir);
    CHECK(r.status == 2);
    CHECK(r.err.find("error[F-UPDATE-001]") != std::string::npos);
    CHECK(r.err.find("cannot reach 127.0.0.1") != std::string::npos);
    CHECK(r.err.find("rates already installed") != std::string::npos);
    CHECK(fs::is_empty(dir));
    // The shipped rates still answer.
    CHECK(run_figura({"rates", "show", "EUR", "USD", "--on", "2026-04-13"}, dir).status == 0);
    fs::remove_all(dir);
}

TEST_CASE("rates_update: the IMF has no download, and unknown sources are errors", "[rates_update]") {
    auto const dir = scratch("sources");
    auto imf = run_figura({"rates", "update", "--source", "imf"}, dir);
    CHECK(imf.status == 2);
    CHECK(imf.err.find("error[F-CLI-035]") != std::string::npos);
    CHECK(imf.err.find("imf") != std::string::npos);
    auto typo = run_figura({"rates", "update", "--source", "ecbb"}, dir);
    CHECK(typo.status == 2);
    CHECK(typo.err.find("error[F-CLI-035]") != std::string::npos);
    fs::remove_all(dir);
}

#else

TEST_CASE("rates_update: skipped without the figura tool", "[rates_update]") { SUCCEED("figura_cli is not built"); }

#endif
