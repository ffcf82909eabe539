#include "cli/json_output.hpp"

#include "figura/currency.hpp"
#include "figura/version.hpp"

namespace figura::cli {
namespace {

json bound_to_json(std::optional<bound> const& b) {
    if (!b) return nullptr;
    json out = json::object();
    out["value"] = b->value.to_string();
    out["closed"] = b->closed;
    return out;
}

json currency_to_json(currency_ref const& c) {
    if (c.source == currency_source::none) return nullptr;
    json out = json::object();
    out["code"] = c.code;
    out["source"] = std::string(to_string(c.source));
    out["written"] = c.written.empty() ? json(nullptr) : json(c.written);
    out["alternatives"] = c.alternatives;
    return out;
}

}  // namespace

json to_json(source_span const& span) {
    json out = json::object();
    out["begin"] = span.begin;
    out["end"] = span.end;
    out["line"] = span.line;
    out["column"] = span.column;
    return out;
}

json to_json(interval const& i) {
    json out = json::object();
    out["lower"] = bound_to_json(i.lower);
    out["upper"] = bound_to_json(i.upper);
    return out;
}

json to_json(figure_value const& v) {
    json out = json::object();
    out["value"] = v.value.to_string();
    out["resolution"] = v.resolution.to_string();
    out["exact"] = v.exact;
    out["interval"] = to_json(v.bounds);
    out["scale_word"] = v.scale_word.empty() ? json(nullptr) : json(v.scale_word);
    out["span"] = to_json(v.span);
    return out;
}

json to_json(figure const& f) {
    json out = json::object();
    out["kind"] = std::string(to_string(f.kind));
    out["lang"] = std::string(to_string(f.lang));
    out["qualifier"] = std::string(to_string(f.qual));
    out["value"] = f.value.to_string();
    out["interval"] = to_json(f.bounds);
    out["written"] = to_json(f.written);
    out["range_high"] = f.range_high ? to_json(*f.range_high) : json(nullptr);
    out["currency"] = currency_to_json(f.currency);
    out["rate_base"] = f.rate_base.empty() ? json(nullptr) : json(f.rate_base);
    out["per"] = f.per.empty() ? json(nullptr) : json(f.per);
    out["ambiguity"] = f.ambiguous == ambiguity::separator ? json("separator") : json(nullptr);
    out["alternative_value"] = f.alternative_value ? json(f.alternative_value->to_string()) : json(nullptr);
    out["equivalent_of"] = f.equivalent_of ? json(*f.equivalent_of) : json(nullptr);
    out["span"] = to_json(f.span);
    out["text"] = f.text;
    return out;
}

json to_json(error const& e) {
    json out = json::object();
    out["id"] = e.id;
    out["message"] = e.message;
    out["span"] = to_json(e.where);
    return out;
}

json document_header() {
    json out = json::object();
    out["figura_version"] = FIGURA_VERSION_STRING;
    out["schema"] = json_schema_version;
    return out;
}

std::string dump(json const& document) {
    return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace figura::cli
