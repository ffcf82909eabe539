// JSON Lines batches of articles: {"id","date","original","translation","summary"} per line.

#include <nlohmann/json.hpp>

#include <cstring>
#include <string>

#include "article/structure.hpp"
#include "unicode/text.hpp"

namespace figura {
namespace {

// A place on line `line` of the stream, `byte` bytes into that line.
source_span stream_place(std::string_view line_text, std::size_t line_begin, std::size_t line, std::size_t byte) {
    byte = std::min(byte, line_text.size());
    source_span s;
    s.begin = line_begin + byte;
    s.end = s.begin + (byte < line_text.size() ? 1 : 0);
    s.line = line;
    s.column = 1 + detail::count_code_points(line_text.substr(0, byte));
    return s;
}

// Maps nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error ..."
// to its reason alone; the place is ours.
std::string json_reason(std::string const& what) {
    auto const at = what.find("column ");
    if (at != std::string::npos) {
        auto const colon = what.find(": ", at);
        if (colon != std::string::npos) return what.substr(colon + 2);
    }
    auto const bracket = what.find("] ");
    return bracket != std::string::npos ? what.substr(bracket + 2) : what;
}

result<article> read_json_line(std::string_view line_text, std::size_t line_begin, std::size_t line_no,
                               std::string_view path, parse_options const& options) {
    auto place = [&](std::size_t byte) { return stream_place(line_text, line_begin, line_no, byte); };
    if (auto bad = detail::find_invalid_utf8(line_text)) {
        return error{"F-UTF8-001", "invalid UTF-8 in the JSON Lines stream", place(*bad)};
    }
    nlohmann::json object;
    try {
        object = nlohmann::json::parse(line_text.begin(), line_text.end());
    } catch (nlohmann::json::parse_error const& e) {
        // e.byte is 1-based: the byte where reading failed.
        return error{"F-ARTICLE-010", "malformed JSON: " + json_reason(e.what()), place(e.byte > 0 ? e.byte - 1 : 0)};
    }
    if (!object.is_object()) {
        return error{"F-ARTICLE-011", std::string("a JSON Lines article must be an object, not ") + object.type_name(),
                     place(0)};
    }
    // Where a field's value starts in the line, for errors about it (first occurrence of its key).
    auto field_place = [&](std::string const& key) {
        auto const at = line_text.find("\"" + key + "\"");
        return place(at == std::string_view::npos ? 0 : at);
    };
    auto text_field = [&](std::string const& key, std::string& out) -> std::optional<error> {
        auto it = object.find(key);
        if (it == object.end() || it->is_null()) return std::nullopt;
        if (!it->is_string()) {
            return error{"F-ARTICLE-012", "field \"" + key + "\" must be a string, not " + it->type_name(),
                         field_place(key)};
        }
        out = it->get<std::string>();
        return std::nullopt;
    };

    std::string const stream = path.empty() ? std::string("<jsonl>") : std::string(path);
    std::string const name = stream + ":" + std::to_string(line_no);
    std::string id;
    if (auto it = object.find("id"); it != object.end() && !it->is_null()) {
        if (it->is_string()) id = it->get<std::string>();
        else if (it->is_number_integer() || it->is_number_unsigned()) id = it->dump();
        else return error{"F-ARTICLE-012", std::string("field \"id\" must be a string or an integer, not ") + it->type_name(), field_place("id")};
    }
    std::string date;
    std::string original;
    std::string translation;
    std::string summary;
    if (auto e = text_field("date", date)) return *e;
    if (auto e = text_field("original", original)) return *e;
    if (auto e = text_field("translation", translation)) return *e;
    if (auto it = object.find("summary"); it != object.end() && !it->is_null()) {
        if (it->is_string()) {
            summary = it->get<std::string>();
        } else if (it->is_array()) {
            for (auto const& bullet : *it) {
                if (!bullet.is_string()) {
                    return error{"F-ARTICLE-012",
                                 std::string("field \"summary\" must hold strings only, not ") + bullet.type_name(),
                                 field_place("summary")};
                }
                if (!summary.empty()) summary += '\n';
                // A bullet spanning lines would become several bullets: keep it one line.
                std::string b = bullet.get<std::string>();
                for (auto& c : b) {
                    if (c == '\n' || c == '\r') c = ' ';
                }
                summary += b;
            }
        } else {
            return error{"F-ARTICLE-012",
                         std::string("field \"summary\" must be a string or an array of strings, not ") + it->type_name(),
                         field_place("summary")};
        }
    }

    auto r = read_article_parts({original, name + ":original"}, {translation, name + ":translation"},
                                {summary, name + ":summary"}, options);
    if (!r) {
        error e = r.error();
        if (e.id == "F-ARTICLE-001") {
            return error{"F-ARTICLE-013", "article has no original, translation or summary text", place(0)};
        }
        // The error's span is inside a field's text; say so and point at the stream line.
        e.message += " (at line " + std::to_string(e.where.line) + ", column " + std::to_string(e.where.column) +
                     " of that field)";
        e.where = place(0);
        return e;
    }
    r->path = name;
    r->id = std::move(id);
    r->date = std::move(date);
    return r;
}

}  // namespace

result<article> read_article_line(std::string_view line, std::size_t offset, std::size_t line_number,
                                  std::string_view path, parse_options const& options) {
    return read_json_line(line, offset, line_number, path, options);
}

std::vector<result<article>> read_article_lines(std::string_view jsonl, std::string_view path,
                                                parse_options const& options) {
    std::vector<result<article>> out;
    std::size_t start = 0;
    std::size_t line_no = 0;
    while (start < jsonl.size()) {
        ++line_no;
        auto const* nl = static_cast<char const*>(std::memchr(jsonl.data() + start, '\n', jsonl.size() - start));
        std::size_t const end = nl != nullptr ? static_cast<std::size_t>(nl - jsonl.data()) : jsonl.size();
        std::string_view line = jsonl.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos) {
            out.push_back(read_json_line(line, start, line_no, path, options));
        }
        start = end + 1;
    }
    return out;
}

}  // namespace figura
