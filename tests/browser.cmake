# figura check --format html (issue 5).
#
# 1. tests/unit/report_html_test.cpp tests the page directly (escaping, structure, determinism), so its
#    executable needs the reporter's sources.
# 2. figura.browser.check_report loads a report in Debian's headless chromium (tests/tools/browser-check.sh):
#    checks the rendered DOM (highlighted figures, findings, the rate chart, the script ran) and keeps a
#    screenshot in <build>/test-artifacts/check-report.png. Skipped (77) without chromium.

if(TARGET figura_test_report_html)
    find_package(fmt 9 CONFIG REQUIRED)
    target_sources(figura_test_report_html PRIVATE
        ${PROJECT_SOURCE_DIR}/src/cli/report.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/report_html.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/svg_chart.cpp)
    target_link_libraries(figura_test_report_html PRIVATE fmt::fmt)
endif()

if(NOT TARGET figura_cli)
    return()
endif()

add_test(NAME figura.browser.check_report
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tools/browser-check.sh
        $<TARGET_FILE:figura_cli> ${CMAKE_CURRENT_SOURCE_DIR}/golden/check/data ${PROJECT_BINARY_DIR}/test-artifacts)
# FIGURA_RATES_DIR: a directory that does not exist, so a developer's imported rates never change the
# report (only the embedded table answers).
set_tests_properties(figura.browser.check_report PROPERTIES
    ENVIRONMENT "FIGURA_RATES_DIR=${CMAKE_CURRENT_BINARY_DIR}/browser-no-user-rates"
    SKIP_RETURN_CODE 77
    TIMEOUT 300
    LABELS browser)
