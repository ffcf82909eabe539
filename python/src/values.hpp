#pragma once
// Values between figura and Python: decimal <-> decimal.Decimal, rational -> fractions.Fraction,
// calendar days <-> datetime.date, intervals -> figura.Interval of figura.Bound, spans ->
// figura.Span, and figura::error -> figura.Error. Never a float on the way (docs/python.md).

#include <pybind11/pybind11.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "figura/decimal.hpp"
#include "figura/error.hpp"
#include "figura/rates.hpp"

namespace figura::python {

namespace py = pybind11;

/// Looks up the Python classes the conversions build (decimal.Decimal, fractions.Fraction,
/// datetime.date, figura._types.*); called once when the module is imported.
void init_values();

py::object to_python(decimal const& d);
py::object to_python(rational const& r);
py::object to_python(std::chrono::year_month_day d);
py::object to_python(interval const& i);
py::object to_python(exact_interval const& i);
py::object to_python(source_span const& s);
py::object optional_text(std::string const& s);  ///< None for an empty string

/// decimal.Decimal, int, or a str in `decimal::parse`'s syntax; a float is a TypeError (never money).
decimal decimal_from_python(py::handle value);
/// datetime.date (datetime too), or "YYYY-MM-DD" / "YYYY-MM" / "YYYY" (`parse_date_spec`).
date_spec date_from_python(py::handle value);
/// An interval from figura.Interval (or a pair of figura.Bound / None), a Decimal or int (a point).
interval interval_from_python(py::handle value);

/// Raises figura.Error carrying the error's id, message, line, column and byte offsets.
[[noreturn]] void raise_error(error const& e);

/// The value of a result, or figura.Error.
template <class T>
T take(result<T>&& r) {
    if (!r) raise_error(r.error());
    return std::move(*r);
}

}  // namespace figura::python
