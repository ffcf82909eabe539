# Runs PROGRAM (with optional ARGS, a ;-list) and compares its stdout with the file EXPECTED.
# With FIGURA_UPDATE_GOLDEN=1 in the environment, rewrites EXPECTED instead.
execute_process(COMMAND ${PROGRAM} ${ARGS}
    OUTPUT_VARIABLE actual
    RESULT_VARIABLE status
    ERROR_VARIABLE errors)
if(DEFINED EXPECTED_STATUS)
    if(NOT status EQUAL EXPECTED_STATUS)
        message(FATAL_ERROR "exit status ${status}, expected ${EXPECTED_STATUS}\nstderr:\n${errors}")
    endif()
elseif(NOT status EQUAL 0)
    message(FATAL_ERROR "exit status ${status}\nstderr:\n${errors}")
endif()
if("$ENV{FIGURA_UPDATE_GOLDEN}" STREQUAL "1")
    file(WRITE ${EXPECTED} "${actual}")
    return()
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
    file(WRITE ${EXPECTED}.actual "${actual}")
    message(FATAL_ERROR "output differs from ${EXPECTED}; actual written to ${EXPECTED}.actual\n--- actual ---\n${actual}")
endif()
