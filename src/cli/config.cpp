#include "cli/config.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "figura/currency.hpp"

namespace figura::cli {
namespace {

source_span place(toml::source_region const& where) {
    source_span span;
    span.line = where.begin.line;
    span.column = where.begin.column;
    return span;
}

error config_error(std::string_view id, std::string message, toml::source_region const& where) {
    return error{std::string(id), std::move(message), place(where)};
}

result<std::string> currency_value(toml::key const& key, toml::node const& value) {
    auto const* text = value.as_string();
    std::string code = text != nullptr ? text->get() : std::string();
    for (char& c : code) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (text == nullptr || code.size() != 3 || !is_iso_currency(code)) {
        return config_error("F-CONFIG-003", fmt::format("currency.{} must be an ISO 4217 code such as \"USD\"", key.str()),
                            value.source());
    }
    return code;
}

}  // namespace

result<check_config> parse_config(std::string_view text, std::string_view path, std::vector<rule_info> const& rules) {
    check_config config;
    config.path = std::string(path);
    toml::table root;
    try {
        root = toml::parse(text, path);
    } catch (toml::parse_error const& e) {
        return config_error("F-CONFIG-001", fmt::format("not valid TOML: {}", e.description()), e.source());
    }

    auto unknown = [](toml::key const& key, std::string_view where) {
        return config_error("F-CONFIG-002", fmt::format("unknown key \"{}\"{}", key.str(), where), key.source());
    };
    auto expect_table = [](toml::key const& key, toml::node const& value) -> std::optional<error> {
        if (value.is_table()) return std::nullopt;
        return config_error("F-CONFIG-003", fmt::format("\"{}\" must be a table ([{}])", key.str(), key.str()), key.source());
    };

    for (auto const& [key, value] : root) {
        if (key == "fx_tolerance" || key == "fx_error_above") {
            std::string written;
            if (auto const* s = value.as_string()) written = s->get();
            else if (auto const* f = value.as_floating_point()) written = fmt::format("{}", f->get());
            else if (auto const* i = value.as_integer()) written = fmt::format("{}", i->get());
            auto parsed = parse_fraction(written);
            if (!parsed) {
                return config_error("F-CONFIG-003",
                                    fmt::format("{} must be a fraction from 0 to below 1 or a percentage, such as \"{}\"", key.str(),
                                                key == "fx_tolerance" ? "0.02" : "5%"),
                                    value.source());
            }
            (key == "fx_tolerance" ? config.fx_tolerance : config.fx_error_above) = *parsed;
        } else if (key == "approx_tolerance") {
            std::string written;
            if (auto const* s = value.as_string()) written = s->get();
            else if (auto const* f = value.as_floating_point()) written = fmt::format("{}", f->get());
            else if (auto const* i = value.as_integer()) written = fmt::format("{}", i->get());
            auto parsed = decimal::parse(written);
            if (!parsed || parsed->sign() < 0 || *parsed >= decimal(1)) {
                return config_error("F-CONFIG-003", "approx_tolerance must be a number from 0 to below 1, such as \"0.05\"",
                                    value.source());
            }
            config.approx_tolerance = *parsed;
        } else if (key == "rules") {
            if (auto bad = expect_table(key, value)) return *bad;
            for (auto const& [rule, level] : *value.as_table()) {
                bool known = false;
                for (auto const& r : rules) known = known || r.id == rule.str();
                if (!known) return config_error("F-CONFIG-002", fmt::format("unknown rule \"{}\" in [rules]", rule.str()), rule.source());
                auto const* s = level.as_string();
                std::string const word = s != nullptr ? s->get() : std::string();
                if (word == "off") {
                    config.rule_levels[std::string(rule.str())] = std::nullopt;
                } else if (word == "error" || word == "warning" || word == "note") {
                    config.rule_levels[std::string(rule.str())] =
                        word == "error" ? severity::error : word == "warning" ? severity::warning : severity::note;
                } else {
                    return config_error("F-CONFIG-003",
                                        fmt::format("rule \"{}\": the level must be \"error\", \"warning\", \"note\" or \"off\"", rule.str()),
                                        level.source());
                }
            }
        } else if (key == "currency") {
            if (auto bad = expect_table(key, value)) return *bad;
            for (auto const& [name, code] : *value.as_table()) {
                std::optional<std::string>* slot = name == "dollar" ? &config.dollar
                                                   : name == "yen_en" ? &config.yen_en
                                                   : name == "yen_vi" ? &config.yen_vi
                                                                      : nullptr;
                if (slot == nullptr) return unknown(name, " in [currency] (dollar, yen_en, yen_vi)");
                auto parsed = currency_value(name, code);
                if (!parsed) return parsed.error();
                *slot = *parsed;
            }
        } else if (key == "rates") {
            if (auto bad = expect_table(key, value)) return *bad;
            for (auto const& [name, setting] : *value.as_table()) {
                if (name == "sources" || name == "exclude") {
                    auto const* list = setting.as_array();
                    std::vector<std::string> sources;
                    bool ok = list != nullptr;
                    if (ok) {
                        for (auto const& item : *list) {
                            auto const* s = item.as_string();
                            if (s == nullptr || s->get().empty()) {
                                ok = false;
                                break;
                            }
                            sources.push_back(s->get());
                        }
                    }
                    if (!ok) {
                        return config_error("F-CONFIG-003",
                                            fmt::format("rates.{} must be a list of source names such as [\"ecb\", \"fed\"]", name.str()),
                                            setting.source());
                    }
                    (name == "sources" ? config.rate_sources : config.rate_exclude) = std::move(sources);
                } else if (name == "max_stale_days") {
                    auto const* days = setting.as_integer();
                    if (days == nullptr || days->get() < 0 || days->get() > 3660) {
                        return config_error("F-CONFIG-003", "rates.max_stale_days must be a whole number of days from 0 to 3660",
                                            setting.source());
                    }
                    config.max_stale_days = static_cast<int>(days->get());
                } else {
                    return unknown(name, " in [rates] (sources, exclude, max_stale_days)");
                }
            }
        } else {
            return unknown(key, " (approx_tolerance, fx_tolerance, fx_error_above, [rules], [currency], [rates])");
        }
    }
    return config;
}

result<check_config> load_config(std::filesystem::path const& path, std::vector<rule_info> const& rules) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return error{"F-IO-001", fmt::format("cannot open file: {}", std::strerror(errno)), {}};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return error{"F-IO-002", "cannot read file", {}};
    return parse_config(bytes.str(), path.string(), rules);
}

std::optional<std::filesystem::path> find_config(std::filesystem::path const& start) {
    std::error_code ec;
    auto dir = std::filesystem::absolute(start, ec);
    if (ec) return std::nullopt;
    while (true) {
        auto candidate = dir / config_file_name;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
        if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
        dir = dir.parent_path();
    }
}

std::optional<decimal> parse_fraction(std::string_view text) {
    bool const percent = !text.empty() && text.back() == '%';
    if (percent) text.remove_suffix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    auto parsed = decimal::parse(text);
    if (!parsed) return std::nullopt;
    decimal value = percent ? *parsed * decimal{1, -2} : *parsed;
    if (value.sign() < 0 || value >= decimal(1)) return std::nullopt;
    return value;
}

void apply_config(check_config const& config, check_options& check, parse_options& parse) {
    for (auto const& [rule, level] : config.rule_levels) check.rule_levels[rule] = level;
    if (config.approx_tolerance) check.approx_tolerance = parse.approx_tolerance = *config.approx_tolerance;
    if (config.dollar) check.dollar_default = parse.dollar_default = *config.dollar;
    if (config.yen_en) check.yen_default_en = parse.yen_default_en = *config.yen_en;
    if (config.yen_vi) check.yen_default_vi = parse.yen_default_vi = *config.yen_vi;
    if (config.rate_sources) check.rate_sources = *config.rate_sources;
    if (config.max_stale_days) check.max_stale_days = *config.max_stale_days;
    if (config.fx_tolerance) check.fx_tolerance = *config.fx_tolerance;
    if (config.fx_error_above) check.fx_error_above = *config.fx_error_above;
}

}  // namespace figura::cli
