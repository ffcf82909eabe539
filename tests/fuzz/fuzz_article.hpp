#pragma once
// Invariants of articles and check reports, shared by the article, jsonl and check fuzz targets
// (fuzz_check.hpp holds those of figures and errors). Violations abort with the condition named.

#include <cstddef>
#include <string_view>

#include "figura/article.hpp"
#include "figura/check.hpp"
#include "fuzz_check.hpp"

namespace figura::fuzz {

/// The source named `name`, or nullptr.
inline article_source const* source_named(article const& a, std::string_view name) {
    for (auto const& s : a.sources)
        if (s.name == name) return &s;
    return nullptr;
}

inline void check_paragraph(article const& a, paragraph const& p) {
    FIGURA_FUZZ_CHECK(p.source < a.sources.size());
    if (p.source >= a.sources.size()) return;
    std::string_view const text = a.sources[p.source].text;
    check_span(text, p.span, text.size());
    bool const paragraph_text_at_span = p.text == text.substr(p.span.begin, p.span.end - p.span.begin);
    FIGURA_FUZZ_CHECK(paragraph_text_at_span);
    std::size_t previous_end = 0;
    for (auto const& f : p.figures) {
        check_figure(text, f);
        bool const figure_inside_paragraph = within(f.span, p.span);
        FIGURA_FUZZ_CHECK(figure_inside_paragraph);
        FIGURA_FUZZ_CHECK(f.span.begin >= previous_end);
        previous_end = f.span.end;
    }
}

inline void check_part(article const& a, article_part const& part) {
    for (auto const& p : part.paragraphs) check_paragraph(a, p);
}

/// An article read from (valid UTF-8) sources, and its alignment.
inline void check_article_shape(article const& a) {
    FIGURA_FUZZ_CHECK(!a.sources.empty());
    for (auto const& p : a.summary) {
        check_paragraph(a, p);
        FIGURA_FUZZ_CHECK(p.role == paragraph_role::bullet);
    }
    if (a.source_url) check_paragraph(a, *a.source_url);
    check_part(a, a.translation);
    check_part(a, a.original);

    // Alignment: indices in range, links monotone on both sides, every figure of a link once.
    auto const aligned = align(a);
    std::size_t last_original = 0;
    std::size_t last_translation = 0;
    bool first = true;
    for (auto const& link : aligned.links) {
        for (auto i : link.original) {
            FIGURA_FUZZ_CHECK(i < a.original.paragraphs.size());
            bool const original_links_ascend = first || i >= last_original;
            FIGURA_FUZZ_CHECK(original_links_ascend);
            last_original = i;
        }
        for (auto i : link.translation) {
            FIGURA_FUZZ_CHECK(i < a.translation.paragraphs.size());
            bool const translation_links_ascend = first || i >= last_translation;
            FIGURA_FUZZ_CHECK(translation_links_ascend);
            last_translation = i;
        }
        if (!link.original.empty() || !link.translation.empty()) first = false;
        for (auto const& pair : link.figures) {
            FIGURA_FUZZ_CHECK(pair.original || pair.translation);
            if (pair.original) {
                FIGURA_FUZZ_CHECK(pair.original->paragraph < a.original.paragraphs.size());
                if (pair.original->paragraph < a.original.paragraphs.size())
                    FIGURA_FUZZ_CHECK(pair.original->figure < a.original.paragraphs[pair.original->paragraph].figures.size());
            }
            if (pair.translation) {
                FIGURA_FUZZ_CHECK(pair.translation->paragraph < a.translation.paragraphs.size());
                if (pair.translation->paragraph < a.translation.paragraphs.size())
                    FIGURA_FUZZ_CHECK(pair.translation->figure <
                                      a.translation.paragraphs[pair.translation->paragraph].figures.size());
            }
        }
    }
}

inline void check_location(article const& a, location const& where) {
    auto const* source = source_named(a, where.path);
    FIGURA_FUZZ_CHECK(source != nullptr);
    if (source == nullptr) return;
    check_span(source->text, where.span, source->text.size());
    bool const location_text_at_span = where.text == std::string_view(source->text).substr(where.span.begin, where.span.end - where.span.begin);
    FIGURA_FUZZ_CHECK(location_text_at_span);
}

/// A check report of `a`: known rules, places inside the sources, non-empty messages and fingerprints.
inline void check_report_shape(article const& a, check_report const& report) {
    auto const& rules = check_rules();
    for (auto const& f : report.findings) {
        bool known = false;
        for (auto const& r : rules) known = known || r.id == f.rule;
        FIGURA_FUZZ_CHECK(known);
        FIGURA_FUZZ_CHECK(!f.message.empty());
        FIGURA_FUZZ_CHECK(!f.fingerprint.empty());
        check_location(a, f.primary);
        for (auto const& r : f.related) check_location(a, r);
        for (auto const& e : f.facts) FIGURA_FUZZ_CHECK(!e.key.empty());
    }
    for (auto const& c : report.conversions) {
        check_location(a, c.amount);
        check_location(a, c.stated);
    }
}

}  // namespace figura::fuzz
