#pragma once
// `figura check --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it (one run; the driver
// lists every rule; results carry a region, partialFingerprints and relatedLocations). Columns are
// Unicode code points, declared with `columnKind`.

#include <string>
#include <string_view>

#include "cli/report.hpp"

namespace figura::cli {

// driver.informationUri and rules' helpUri are optional in SARIF 2.1.0 and left out until the
// project has a public home: a made-up address would send readers nowhere. Rule help is inline.

/// A path as a SARIF artifact URI: repo-relative paths stay relative (`./` dropped), absolute ones
/// become `file://` URIs; bytes outside RFC 3986's unreserved set and `/` are percent-encoded.
std::string artifact_uri(std::string_view path);

/// The whole SARIF log, two-space indented, with a final newline.
std::string render_sarif(check_run const& run);

}  // namespace figura::cli
