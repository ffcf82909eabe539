#pragma once
// figura.parse, figura.extract and the Figure and WrittenValue classes they return.

#include <pybind11/pybind11.h>

#include "figura/parse.hpp"

namespace figura::python {

namespace py = pybind11;

/// The reading options every call that reads text takes (`lang`, `dollar`, `yen`, ...), checked:
/// an unknown language or a currency code ICU does not know is a ValueError.
parse_options make_parse_options(py::handle lang, py::handle dollar, py::handle yen, py::handle approx_tolerance,
                                 bool implied_vnd, bool spelled_counts);

void bind_figures(py::module_& m);

}  // namespace figura::python
