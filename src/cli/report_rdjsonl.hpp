#pragma once
// `figura check --format rdjsonl`: one reviewdog Diagnostic (rdf JSON) object per line, for
// `reviewdog -f=rdjsonl`. reviewdog counts columns in UTF-8 bytes, so positions here are byte
// columns (from the source text), unlike the code-point columns of the other formats.

#include <string>

#include "cli/report.hpp"

namespace figura::cli {

std::string render_rdjsonl(check_run const& run);

}  // namespace figura::cli
