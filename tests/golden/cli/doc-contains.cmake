# Runs PROGRAM with ARGS (a ;-list) and fails unless its standard output appears verbatim in each page
# of DOC (a ;-list), so a page that quotes `figura --help` or an example cannot drift from the tool.
# Used by tests/golden.cmake, tests/golden_check.cmake and tests/golden_rates.cmake for <case>.doc.
execute_process(COMMAND ${PROGRAM} ${ARGS}
    OUTPUT_VARIABLE actual
    RESULT_VARIABLE status)
# EXPECTED_STATUS: a case whose documented run reports findings (exit 1); 0 otherwise.
if(NOT DEFINED EXPECTED_STATUS)
    set(EXPECTED_STATUS 0)
endif()
if(NOT status EQUAL EXPECTED_STATUS)
    message(FATAL_ERROR "exit status ${status}, expected ${EXPECTED_STATUS}")
endif()
foreach(page IN LISTS DOC)
    file(READ ${page} doc)
    string(FIND "${doc}" "${actual}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${page} does not quote this output verbatim; update it:\n${actual}")
    endif()
endforeach()
