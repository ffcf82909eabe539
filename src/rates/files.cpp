// The embedded default table, file loading and the user rates directory.

#include "rates/image.hpp"
#include "rates/model.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <ios>
#include <system_error>
#include <sstream>

namespace figura {

namespace {

constexpr std::string_view err_io = "F-RATE-110";

error io_error(std::string message) {
    error e;
    e.id = std::string(err_io);
    e.message = std::move(message);
    return e;
}

result<std::string> read_file(std::filesystem::path const& file) {
    // A directory opens as a stream on Linux and then throws from the first read.
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) return io_error(file.string() + ": is a directory, not a rates file");
    std::ifstream in(file, std::ios::binary);
    if (!in) return io_error(file.string() + ": cannot open file");
    try {
        std::ostringstream buffer;
        buffer << in.rdbuf();  // not istreambuf_iterator: GCC 12 -O2 warns -Wnull-dereference inside it
        // A read that fails inside the copy sets badbit on the destination, an empty file only failbit.
        if (in.bad() || buffer.bad()) return io_error(file.string() + ": read error");
        std::string data = std::move(buffer).str();
        return data;
    } catch (std::ios_base::failure const& e) {  // libstdc++ reports some read errors by throwing
        return io_error(file.string() + ": read error: " + e.what());
    }
}

}  // namespace

rate_table const& rate_table::embedded() {
    // Built once (thread-safe static initialisation); a table that fails to load is a build fault.
    // The files were parsed at build time (tools/rates_embed.cpp): each source's figures are read in
    // place from the compiled image, never copied (a table built from this one shares them too).
    static rate_table const table = [] {
        builder b;
        std::string_view const image(detail::embedded_rates_image, detail::embedded_rates_image_size);
        auto sources = detail::list_rates_image(image);
        if (!sources) throw exception(sources.error());
        for (auto const& s : *sources) {
            auto data = detail::read_rates_image_source(image, s.offset, true);
            if (!data) throw exception(data.error());
            auto added = b.add(*data);
            if (!added) throw exception(added.error());
        }
        return b.build();
    }();
    return table;
}

result<rate_source_data> load_rates_file(std::filesystem::path const& file, std::optional<rate_file_format> format) {
    auto text = read_file(file);
    if (!text) return text.error();
    auto const name = file.filename().string();
    if (!format) format = detect_rate_file_format(*text);
    if (!format)
        return io_error(file.string() + ": unrecognised rates file (expected an ECB CSV or XML, FRED, simple date,XXX_per_YYY, "
                                        "currency-api JSON or figura-rates file)");
    switch (*format) {
        case rate_file_format::ecb:
            // `--format ecb` covers the CSV and the XML files; the first line tells them apart.
            if (detect_rate_file_format(*text) == rate_file_format::ecb_xml) return load_ecb_xml(*text, name);
            return load_ecb_csv(*text, name);
        case rate_file_format::ecb_xml: return load_ecb_xml(*text, name);
        case rate_file_format::currency_api: return load_currency_api_json(*text, name, {"VND"});
        case rate_file_format::fred:
            // `--format fred` covers both FRED layouts; the header tells them apart.
            if (detect_rate_file_format(*text) == rate_file_format::fred_long) return load_fred_long_csv(*text, name);
            return load_fred_csv(*text, name);
        case rate_file_format::fred_long: return load_fred_long_csv(*text, name);
        case rate_file_format::simple:
            // `--format market` (or imf) also takes the aggregate's JSON snapshot.
            if (detect_rate_file_format(*text) == rate_file_format::currency_api) return load_currency_api_json(*text, name, {"VND"});
            return load_simple_csv(*text, name);
        case rate_file_format::figura: return load_figura_rates(*text, name);
    }
    return io_error(file.string() + ": unknown format");
}

std::filesystem::path default_user_rates_dir() {
    if (char const* d = std::getenv("FIGURA_RATES_DIR"); d != nullptr && *d != '\0') return d;
    if (char const* x = std::getenv("XDG_DATA_HOME"); x != nullptr && *x != '\0')
        return std::filesystem::path(x) / "figura" / "rates";
    if (char const* h = std::getenv("HOME"); h != nullptr && *h != '\0')
        return std::filesystem::path(h) / ".local" / "share" / "figura" / "rates";
    return std::filesystem::path(".figura") / "rates";
}

result<std::filesystem::path> import_rates_file(std::filesystem::path const& file, std::optional<rate_file_format> format,
                                                std::filesystem::path const& dir, bool replace_source) {
    auto data = load_rates_file(file, format);
    if (!data) return data.error();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return io_error(dir.string() + ": cannot create directory: " + ec.message());
    auto const target = dir / (data->info().id + "-" + file.stem().string() + ".figrates");
    auto const tmp = dir / (target.filename().string() + ".tmp");
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return io_error(tmp.string() + ": cannot write");
        out << write_figura_rates(*data, replace_source);
        if (!out) return io_error(tmp.string() + ": write error");
    }
    // Rename so a reader never sees half a file.
    std::filesystem::rename(tmp, target, ec);
    if (ec) return io_error(target.string() + ": cannot write: " + ec.message());
    return target;
}

result<rate_table> load_table_with_user_rates(std::filesystem::path const& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return rate_table::embedded();
    std::vector<std::filesystem::path> files;
    for (auto const& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".figrates") files.push_back(entry.path());
    if (ec) return io_error(dir.string() + ": cannot list directory: " + ec.message());
    // Without user files the table is the embedded one, shared rather than copied (megabytes of figures).
    if (files.empty()) return rate_table::embedded();
    rate_table::builder b(rate_table::embedded());
    std::sort(files.begin(), files.end());
    for (auto const& f : files) {
        auto data = load_rates_file(f, rate_file_format::figura);
        if (!data) return data.error();
        auto added = b.add(*data);
        if (!added) {
            error e = added.error();
            e.message = f.string() + ": " + e.message;
            return e;
        }
    }
    return b.build();
}

}  // namespace figura
