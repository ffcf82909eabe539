#include "values.hpp"

#include <string>

namespace figura::python {
namespace {

// The Python classes conversions build. Held for the life of the process: the interpreter may
// already be finalising when static destructors run, so they are never released.
struct classes {
    py::object decimal_type;
    py::object fraction_type;
    py::object date_type;
    py::object bound_type;
    py::object interval_type;
    py::object span_type;
    py::object error_type;
};

classes* known = nullptr;

classes const& types() {
    if (known == nullptr) throw std::logic_error("figura._figura used before init_values()");
    return *known;
}

py::object python_int(boost::multiprecision::cpp_int const& value) {
    std::string const digits = value.str();
    return py::reinterpret_steal<py::object>(PyLong_FromString(digits.c_str(), nullptr, 10));
}

boost::multiprecision::cpp_int cpp_int_from_python(py::handle value) {
    return boost::multiprecision::cpp_int(py::str(value).cast<std::string>());
}

}  // namespace

void init_values() {
    if (known != nullptr) return;
    auto* c = new classes;  // never freed: see `classes`
    c->decimal_type = py::module_::import("decimal").attr("Decimal");
    c->fraction_type = py::module_::import("fractions").attr("Fraction");
    c->date_type = py::module_::import("datetime").attr("date");
    auto const t = py::module_::import("figura._types");
    c->bound_type = t.attr("Bound");
    c->interval_type = t.attr("Interval");
    c->span_type = t.attr("Span");
    c->error_type = t.attr("Error");
    known = c;
}

py::object to_python(decimal const& d) { return types().decimal_type(d.to_string()); }

py::object to_python(rational const& r) {
    return types().fraction_type(python_int(boost::multiprecision::numerator(r)),
                                 python_int(boost::multiprecision::denominator(r)));
}

py::object to_python(std::chrono::year_month_day d) {
    return types().date_type(static_cast<int>(d.year()), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

py::object to_python(interval const& i) {
    auto end = [](std::optional<bound> const& b) -> py::object {
        if (!b) return py::none();
        return types().bound_type(to_python(b->value), b->closed);
    };
    return types().interval_type(end(i.lower), end(i.upper));
}

py::object to_python(exact_interval const& i) {
    auto end = [](std::optional<exact_bound> const& b) -> py::object {
        if (!b) return py::none();
        return types().bound_type(to_python(b->value), b->closed);
    };
    return types().interval_type(end(i.lower), end(i.upper));
}

py::object to_python(source_span const& s) { return types().span_type(s.begin, s.end, s.line, s.column); }

py::object optional_text(std::string const& s) {
    if (s.empty()) return py::none();
    return py::str(s);
}

decimal decimal_from_python(py::handle value) {
    if (py::isinstance(value, types().decimal_type)) {
        py::tuple const t = value.attr("as_tuple")();
        py::object const exponent = t[2];
        if (!py::isinstance<py::int_>(exponent)) throw py::value_error("a Decimal NaN or infinity is not an amount");
        std::string digits;
        for (auto d : py::tuple(t[1])) digits += static_cast<char>('0' + d.cast<int>());
        boost::multiprecision::cpp_int coefficient(digits.empty() ? std::string("0") : digits);
        if (t[0].cast<int>() != 0) coefficient = -coefficient;
        long long const e = exponent.cast<long long>();
        if (e < INT32_MIN || e > INT32_MAX) throw py::value_error("a Decimal exponent outside figura's range (int32)");
        return {std::move(coefficient), static_cast<std::int32_t>(e)};
    }
    if (py::isinstance<py::bool_>(value)) throw py::type_error("a bool is not an amount");
    if (py::isinstance<py::int_>(value)) return {cpp_int_from_python(value), 0};
    if (py::isinstance<py::float_>(value)) {
        throw py::type_error("floats are never money in figura: pass decimal.Decimal, int or a str such as \"14.5\"");
    }
    if (py::isinstance<py::str>(value)) return take(decimal::parse(value.cast<std::string>()));
    throw py::type_error("expected decimal.Decimal, int or str, not " +
                         py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>());
}

date_spec date_from_python(py::handle value) {
    if (py::isinstance(value, types().date_type)) {
        std::chrono::year_month_day const day{std::chrono::year{value.attr("year").cast<int>()},
                                              std::chrono::month{value.attr("month").cast<unsigned>()},
                                              std::chrono::day{value.attr("day").cast<unsigned>()}};
        return {day, rate_basis::day};
    }
    if (py::isinstance<py::str>(value)) return take(parse_date_spec(value.cast<std::string>()));
    throw py::type_error("expected datetime.date or a str such as \"2025-01-29\", \"2025-01\" or \"2025\"");
}

interval interval_from_python(py::handle value) {
    if (py::isinstance<py::tuple>(value) && py::len(value) == 2) {
        auto end = [](py::handle b) -> std::optional<bound> {
            if (b.is_none()) return std::nullopt;
            py::tuple const pair = py::reinterpret_borrow<py::tuple>(b);
            if (pair.size() != 2) throw py::type_error("an interval end is a Bound(value, closed) or None");
            return bound{decimal_from_python(pair[0]), pair[1].cast<bool>()};
        };
        py::tuple const t = py::reinterpret_borrow<py::tuple>(value);
        return {end(t[0]), end(t[1])};
    }
    return interval::point(decimal_from_python(value));
}

void raise_error(error const& e) {
    py::object const exc = types().error_type(e.id, e.message, e.where.line, e.where.column, e.where.begin, e.where.end);
    PyErr_SetObject(types().error_type.ptr(), exc.ptr());
    throw py::error_already_set();
}

}  // namespace figura::python
