// figura._figura: the extension module behind the Python package `figura` (docs/python.md). The
// pure-Python parts (figura/__init__.py, figura.pandas, figura.dask) build on what it binds.

#include <pybind11/pybind11.h>

#include "check.hpp"
#include "figura/version.hpp"
#include "figures.hpp"
#include "rates.hpp"
#include "values.hpp"

PYBIND11_MODULE(_figura, m) {
    namespace py = pybind11;
    m.doc() = "figura's C++ engine; use the package `figura`, which re-exports it.";
    m.attr("__version__") = FIGURA_VERSION_STRING;
    figura::python::init_values();
    figura::python::bind_figures(m);
    figura::python::bind_rates(m);
    figura::python::bind_check(m);
}
