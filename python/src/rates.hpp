#pragma once
// figura.RateTable, figura.convert and the RateQuote, RateLeg and Conversion classes.

#include <pybind11/pybind11.h>

#include "figura/rates.hpp"

namespace figura::python {

namespace py = pybind11;

/// The table a call uses: `rates` when it is a RateTable, else RateTable.default() (the embedded
/// rates plus the user rates directory, as the CLI reads them; loaded once per process).
rate_table const& table_or_default(py::handle rates);

void bind_rates(py::module_& m);

}  // namespace figura::python
