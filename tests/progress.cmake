# The progress bar of `figura check --jsonl` (src/cli/progress.hpp), tested on a real pseudo-terminal
# with util-linux `script` (tests/tools/progress-check.sh): drawn on a terminal, never when standard
# error is a file or pipe, nor with TERM=dumb. Skipped (77) without `script`.

if(NOT TARGET figura_cli)
    return()
endif()

add_test(NAME figura.check_progress
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tools/progress-check.sh $<TARGET_FILE:figura_cli>)
# FIGURA_RATES_DIR: a directory that does not exist, so a developer's imported rates (a bad file there
# would stop every check) never change the run.
set_tests_properties(figura.check_progress PROPERTIES
    ENVIRONMENT "FIGURA_RATES_DIR=${CMAKE_CURRENT_BINARY_DIR}/progress-no-user-rates"
    SKIP_RETURN_CODE 77
    TIMEOUT 300)
