#pragma once
// Inline suppression for `figura check`: HTML comments, which news text in Markdown or HTML already
// hides from readers and which plain text tolerates (docs/cli-check.md, "Suppression"):
//
//     ... 100bn yuan ($14bn) ... <!-- figura-disable-line fx.basis -->
//     <!-- figura-disable-next-line parity.missing, parity.extra -->
//     <!-- figura-disable fx.conversion -->   ...lines...   <!-- figura-enable fx.conversion -->
//
// No rule list means every rule. A block without its enable runs to the end of the source.
// Directives apply to findings whose primary location is in the same source.

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "figura/check.hpp"
#include "figura/error.hpp"

namespace figura::cli {

class suppressions {
public:
    /// Reads the directives of one source text. `rules` are the valid ids. Errors name the line and
    /// column of the comment: F-SUPPRESS-001 an unknown directive or rule id, F-SUPPRESS-002 a
    /// `<!-- figura-...` comment without `-->` on the same line.
    static result<suppressions> scan(std::string_view text, std::vector<rule_info> const& rules);

    /// Whether `rule` is turned off on `line` (1-based).
    [[nodiscard]] bool suppresses(std::string_view rule, std::size_t line) const;
    [[nodiscard]] bool empty() const noexcept { return events_.empty() && lines_.empty(); }

private:
    struct event {
        std::size_t line = 0;
        bool disable = true;
        std::vector<std::string> rules;  ///< empty: every rule
    };
    struct line_rule {
        std::size_t line = 0;
        std::vector<std::string> rules;
    };
    std::vector<event> events_;     ///< block directives in line order
    std::vector<line_rule> lines_;  ///< disable-line and disable-next-line, by the line they cover
};

/// The directives of each source of an article, by source name (only sources that have some).
using suppressions_by_source = std::map<std::string, suppressions, std::less<>>;

/// Moves the findings that no directive of their primary source turns off to the end of `kept`, in
/// order, and returns how many were turned off. One place for the CLI and the Python binding.
std::size_t keep_unsuppressed(std::vector<finding>&& findings, suppressions_by_source const& quiet,
                              std::vector<finding>& kept);

/// `text` with every figura directive comment overwritten by spaces (byte for byte, so offsets,
/// lines and columns stay put) and the same text otherwise: the article reader never sees them.
std::string mask_directives(std::string_view text);

/// Whether `text` holds anything `mask_directives` would change (cheap pre-check).
[[nodiscard]] bool has_directives(std::string_view text) noexcept;

}  // namespace figura::cli
