#pragma once
// figura's versioned JSON output (docs/json.md). Money and every other exact number is a JSON
// string holding the decimal as written (`decimal::to_string`), never a JSON number, so no reader
// turns it into a binary float on the way in.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "figura/decimal.hpp"
#include "figura/error.hpp"
#include "figura/figure.hpp"

namespace figura::cli {

/// Objects keep the documented field order.
using json = nlohmann::ordered_json;

/// Version of the JSON layout; bumped when a field changes meaning or disappears (adding one does not).
inline constexpr int json_schema_version = 1;

json to_json(source_span const& span);
json to_json(interval const& i);
json to_json(figure_value const& v);
json to_json(figure const& f);
json to_json(error const& e);

/// `{"figura_version", "schema", "results": [{"input", "figure"} | {"input", "error"}]}` is built by
/// the parse command from these; `{"figura_version", "schema", "file", "figures"}` by extract.
json document_header();

/// Two-space indented text with a final newline. Invalid UTF-8 in strings (a bad `parse` argument)
/// is replaced by U+FFFD rather than throwing.
std::string dump(json const& document);

}  // namespace figura::cli
