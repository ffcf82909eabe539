#pragma once
// figura._figura._check (wrapped by figura.check and figura.check_jsonl) and figura.check_rules.

#include <pybind11/pybind11.h>

namespace figura::python {

namespace py = pybind11;

void bind_check(py::module_& m);

}  // namespace figura::python
