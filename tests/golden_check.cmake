# `figura check` (issue 4, CLI side).
#
# 1. tests/unit/report_test.cpp tests the reporters, figura.toml, suppression and baselines
#    directly, so its executable needs those CLI sources.
# 2. Golden tests, one ctest per case in tests/golden/check/ (the layout of tests/golden.cmake:
#    <case>.args one argument per line with @DATA@ for tests/golden/check/data, <case>.expect the
#    exact standard output, optional <case>.status, optional <case>.stderr: text standard error
#    must contain). They run in tests/golden/check/data.
#    FIGURA_UPDATE_GOLDEN=1 ctest -R figura.check_golden rewrites the .expect files.
#    Optional <case>.doc: pages (one per line, paths from the project root, e.g. docs/checks.md)
#    that must quote the standard output verbatim (figura.check_golden.<case>.doc, as in
#    tests/golden.cmake), so the examples in the docs are real runs.
#    Every case runs with FIGURA_RATES_DIR pointing at a directory that does not exist, so a
#    developer's own imported rates never change the output: the embedded table answers, plus any
#    --rates file a case names. (tests/golden/rates/ has the cases that use imported rates.)
# 3. report_test.cpp also runs its SARIF 2.1.0 structure check over every golden
#    tests/golden/check/*-sarif.expect, so the CLI's real SARIF output is validated too.

if(TARGET figura_test_report)
    find_package(nlohmann_json 3.11 CONFIG REQUIRED)
    find_package(fmt 9 CONFIG REQUIRED)
    find_package(tomlplusplus 3 CONFIG REQUIRED)
    target_sources(figura_test_report PRIVATE
        ${PROJECT_SOURCE_DIR}/src/cli/report.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/report_text.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/report_json.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/report_sarif.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/report_github.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/report_rdjsonl.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/config.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/suppress.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/baseline.cpp)
    target_link_libraries(figura_test_report PRIVATE nlohmann_json::nlohmann_json fmt::fmt tomlplusplus::tomlplusplus)
endif()

if(NOT TARGET figura_cli)
    return()
endif()

set(figura_check_golden_dir ${CMAKE_CURRENT_SOURCE_DIR}/golden/check)
set(figura_check_no_user_rates FIGURA_RATES_DIR=${CMAKE_CURRENT_BINARY_DIR}/golden-check/no-user-rates)
file(GLOB figura_check_cases CONFIGURE_DEPENDS ${figura_check_golden_dir}/*.args)
foreach(args_file IN LISTS figura_check_cases)
    get_filename_component(case ${args_file} NAME_WLE)
    file(READ ${args_file} content)
    if(content MATCHES "[][;]")
        message(FATAL_ERROR "${args_file}: ';', '[' and ']' cannot be passed through a CMake list")
    endif()
    string(REGEX REPLACE "\n$" "" content "${content}")
    string(REPLACE "@DATA@" "${figura_check_golden_dir}/data" content "${content}")
    string(REPLACE "\n" ";" args "${content}")
    set(status_args "")
    if(EXISTS ${figura_check_golden_dir}/${case}.status)
        file(STRINGS ${figura_check_golden_dir}/${case}.status expected_status LIMIT_COUNT 1)
        string(STRIP "${expected_status}" expected_status)
        set(status_args "-DEXPECTED_STATUS=${expected_status}")
    endif()
    add_test(NAME figura.check_golden.${case}
        COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1
            ${CMAKE_COMMAND}
            -DPROGRAM=$<TARGET_FILE:figura_cli>
            "-DARGS=${args}"
            -DEXPECTED=${figura_check_golden_dir}/${case}.expect
            ${status_args}
            -P ${PROJECT_SOURCE_DIR}/cmake/compare-output.cmake
        WORKING_DIRECTORY ${figura_check_golden_dir}/data)
    set_tests_properties(figura.check_golden.${case} PROPERTIES
        LABELS golden
        ENVIRONMENT "${figura_check_no_user_rates}")

    # <case>.stderr: text standard error must contain (an error's place, id and message).
    if(EXISTS ${figura_check_golden_dir}/${case}.stderr)
        file(READ ${figura_check_golden_dir}/${case}.stderr expected_stderr)
        string(REGEX REPLACE "([][.*+?^$()|\\\\])" "\\\\\\1" stderr_regex "${expected_stderr}")
        string(REPLACE ";" "." stderr_regex "${stderr_regex}")
        add_test(NAME figura.check_golden.${case}.stderr
            COMMAND figura_cli ${args}
            WORKING_DIRECTORY ${figura_check_golden_dir}/data)
        set_tests_properties(figura.check_golden.${case}.stderr PROPERTIES
            LABELS golden
            ENVIRONMENT "${figura_check_no_user_rates}"
            PASS_REGULAR_EXPRESSION "${stderr_regex}")
    endif()

    if(EXISTS ${figura_check_golden_dir}/${case}.doc)
        file(STRINGS ${figura_check_golden_dir}/${case}.doc doc_pages)
        list(TRANSFORM doc_pages STRIP)
        list(FILTER doc_pages EXCLUDE REGEX "^$")
        list(TRANSFORM doc_pages PREPEND ${PROJECT_SOURCE_DIR}/)
        add_test(NAME figura.check_golden.${case}.doc
            COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1
                ${CMAKE_COMMAND}
                -DPROGRAM=$<TARGET_FILE:figura_cli>
                "-DARGS=${args}"
                "-DDOC=${doc_pages}"
                ${status_args}
                -P ${CMAKE_CURRENT_SOURCE_DIR}/golden/cli/doc-contains.cmake
            WORKING_DIRECTORY ${figura_check_golden_dir}/data)
        set_tests_properties(figura.check_golden.${case}.doc PROPERTIES
            LABELS golden
            ENVIRONMENT "${figura_check_no_user_rates}")
    endif()
endforeach()
