#pragma once
// `figura check --format github`: GitHub Actions workflow commands, one line per finding:
//     ::error file=item.txt,line=12,endLine=12,col=36,endColumn=45,title=fx.conversion::message
// (`notice` for notes). Evidence follows the message on further lines (%0A). GitHub shows at most
// 10 annotations of each kind per step, so large runs should prefer SARIF.

#include <string>
#include <string_view>

#include "cli/report.hpp"

namespace figura::cli {

/// Escapes a workflow-command message (`%`, CR, LF) or, with `property`, a property value (also `:`, `,`).
std::string github_escape(std::string_view text, bool property);

std::string render_github(check_run const& run);

}  // namespace figura::cli
