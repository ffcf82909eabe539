#pragma once
// `figura check --format json`: the versioned document described by docs/schema/check-v1.json.
// Field order is fixed; evidence is a list of {key, value} so its order survives every reader.

#include <nlohmann/json.hpp>

#include <string>

#include "cli/report.hpp"

namespace figura::cli {

/// Version of the check JSON layout; bumped when a field changes meaning or disappears.
inline constexpr int check_json_schema = 1;

/// The whole document, two-space indented, with a final newline.
std::string render_json(check_run const& run);

/// One finding as the document holds it (`articles[].findings[]`); the JSON Lines report
/// (report_jsonl.hpp) writes the same object on a line of its own.
nlohmann::ordered_json finding_json(finding const& f);

}  // namespace figura::cli
