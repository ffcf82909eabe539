#pragma once
/// Currencies: ISO 4217 codes and the lexicon of ways English and Vietnamese text names them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace figura {

/// How a figure's currency was identified in the text.
enum class currency_source {
    none,     ///< no currency: a plain number
    symbol,   ///< `$`, `US$`, `€`, `¥`, `₫`, `đ`, ...
    code,     ///< an ISO code or a code-like abbreviation: `USD`, `CNY`, `RMB`, `Rmb`, `VNĐ`
    name,     ///< a name: `yuan`, `US dollars`, `nhân dân tệ`, `đồng`, CLDR display names
    implied,  ///< not written; inferred (a Vietnamese amount with no currency is VND)
};

/// A figure's currency. `code` is the chosen ISO 4217 code (empty when `source` is `none`);
/// `alternatives` lists the other currencies the written form can mean (`$` -> HKD, SGD, ...),
/// empty when the form is unambiguous.
struct currency_ref {
    std::string code;
    currency_source source = currency_source::none;
    std::string written;                    ///< the form as written, e.g. "US$" or "nhân dân tệ"
    std::vector<std::string> alternatives;  ///< other readings when ambiguous; never contains `code`

    [[nodiscard]] bool is_ambiguous() const noexcept { return !alternatives.empty(); }
    friend bool operator==(currency_ref const&, currency_ref const&) = default;
};

/// True when `code` is an ISO 4217 currency code ICU knows (current or historic), e.g. "USD", "BGN".
[[nodiscard]] bool is_iso_currency(std::string_view code);

/// Display name of an ISO code in "en" or "vi" from ICU/CLDR, e.g. ("CNY","vi") -> "Nhân dân tệ".
[[nodiscard]] std::optional<std::string> currency_display_name(std::string_view code, std::string_view lang);

[[nodiscard]] std::string_view to_string(currency_source s) noexcept;

}  // namespace figura
