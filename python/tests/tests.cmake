# pytest suites of the Python package, one ctest each (figura.python.<file>), run against the build
# tree's copy of the package (${PROJECT_BINARY_DIR}/python). They need Debian's python3-pytest;
# pandas and Dask tests skip cleanly without python3-pandas / python3-dask / python3-distributed.
#
# Every test sees FIGURA_RATES_DIR pointing at an empty directory, so that neither the CLI nor the
# package reads the rates a developer imported into ~/.local/share/figura/rates.
#
# Under ASan (preset ci-sanitize) the extension is instrumented but python3 is not: the runtime has
# to be the first library loaded, so the tests run with LD_PRELOAD of libasan and libubsan, and leak
# detection off (the interpreter keeps its objects until exit by design; figura's own leaks are the
# C++ suite's business). docs/python.md, "Tests".
set(figura_python_env
    "PYTHONPATH=${PROJECT_BINARY_DIR}/python"
    "PYTHONDONTWRITEBYTECODE=1"
    "FIGURA_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "FIGURA_BUILD_DIR=${PROJECT_BINARY_DIR}"
    "FIGURA_RATES_DIR=${PROJECT_BINARY_DIR}/python-test-rates"
    "FIGURA_PYTHON=${Python3_EXECUTABLE}")
if(TARGET figura_cli)
    list(APPEND figura_python_env "FIGURA_CLI=$<TARGET_FILE:figura_cli>")
endif()
file(MAKE_DIRECTORY ${PROJECT_BINARY_DIR}/python-test-rates)

if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*address")
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
        OUTPUT_VARIABLE figura_libasan OUTPUT_STRIP_TRAILING_WHITESPACE)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libubsan.so
        OUTPUT_VARIABLE figura_libubsan OUTPUT_STRIP_TRAILING_WHITESPACE)
    list(APPEND figura_python_env
        "LD_PRELOAD=${figura_libasan}:${figura_libubsan}"
        "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
        "FIGURA_SANITIZED=1")
endif()

file(GLOB figura_python_tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/test_*.py)
foreach(test_file IN LISTS figura_python_tests)
    get_filename_component(name ${test_file} NAME_WE)
    string(REGEX REPLACE "^test_" "" name ${name})
    add_test(NAME figura.python.${name}
        COMMAND ${Python3_EXECUTABLE} -m pytest -q -p no:cacheprovider ${test_file}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(figura.python.${name} PROPERTIES
        LABELS python
        ENVIRONMENT "${figura_python_env}")
endforeach()

# Smoke runs of the Python benchmarks (benchmarks/python/), so they do not rot; no timing is judged.
add_test(NAME figura.python.bench_binding_smoke
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/benchmarks/python/bench_binding.py --quick
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(figura.python.bench_binding_smoke PROPERTIES LABELS "python;bench-smoke" ENVIRONMENT "${figura_python_env}")
if(TARGET figura_cli AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*address")
    add_test(NAME figura.python.dask_archive_smoke
        COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/benchmarks/python/dask_archive.py
            --cli $<TARGET_FILE:figura_cli> --articles 100 --workers 1 --blocksize 8192
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(figura.python.dask_archive_smoke PROPERTIES LABELS "python;bench-smoke" ENVIRONMENT "${figura_python_env}")
endif()
