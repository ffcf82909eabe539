# Golden tests of `figura convert` and `figura rates` (and of `figura check` with imported rates), one
# ctest per case in tests/golden/rates/.
# Same files as tests/golden.cmake (<case>.args, .expect, .status, .stderr), plus:
#   @DATA@       in .args/.stderr: the absolute path of tests/golden/rates/data
#   @TESTDATA@   in .args/.stderr: the absolute path of tests/data
#   <case>.cwd   optional: "work" runs the case in the build tree's tests/ directory instead of
#                tests/golden/rates/data, so a relative --dir golden-rates/... stays in the build tree
#   <case>.fixture optional: "setup" (this case fills golden-rates/user-rates, e.g. an import) or
#                "uses" (this case runs after the setup cases, with FIGURA_RATES_DIR pointing there:
#                check-imported shows `figura check` converting with an imported rate)
#   <case>.doc   optional: pages (one per line, paths from the project root) that must quote the
#                standard output verbatim, as in tests/golden.cmake (figura.golden.rates.<case>.doc)
# Every other case gets FIGURA_RATES_DIR set to a directory that does not exist, so a developer's own
# imported rates never change the output: only the embedded table answers (plus a case's --rates files).
# FIGURA_UPDATE_GOLDEN=1 ctest -R figura.golden.rates rewrites the .expect files.

# tests/unit/cli_rates_test.cpp tests the CLI's rate display helpers directly.
if(TARGET figura_test_cli_rates)
    find_package(CLI11 CONFIG REQUIRED)
    find_package(nlohmann_json 3.11 CONFIG REQUIRED)
    find_package(fmt 9 CONFIG REQUIRED)
    target_sources(figura_test_cli_rates PRIVATE ${PROJECT_SOURCE_DIR}/src/cli/rates_output.cpp)
    target_link_libraries(figura_test_cli_rates PRIVATE CLI11::CLI11 nlohmann_json::nlohmann_json fmt::fmt)
endif()

if(NOT TARGET figura_cli)
    return()
endif()

set(figura_rates_golden_dir ${CMAKE_CURRENT_SOURCE_DIR}/golden/rates)
set(figura_rates_work_dir ${CMAKE_CURRENT_BINARY_DIR}/golden-rates)
file(GLOB figura_rates_golden_cases CONFIGURE_DEPENDS ${figura_rates_golden_dir}/*.args)

# Empties the fixture directory before the cases that fill it.
add_test(NAME figura.golden.rates.reset-user-dir
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${figura_rates_work_dir}/user-rates)
set_tests_properties(figura.golden.rates.reset-user-dir PROPERTIES
    LABELS golden
    FIXTURES_SETUP figura.rates.clean)

foreach(args_file IN LISTS figura_rates_golden_cases)
    get_filename_component(case ${args_file} NAME_WLE)
    set(name figura.golden.rates.${case})

    file(READ ${args_file} content)
    if(content MATCHES "[][;]")
        message(FATAL_ERROR "${args_file}: ';', '[' and ']' cannot be passed through a CMake list")
    endif()
    string(REGEX REPLACE "\n$" "" content "${content}")
    if(content STREQUAL "" OR content MATCHES "(^|\n)(\n|$)")
        message(FATAL_ERROR "${args_file}: empty argument lines are not supported")
    endif()
    string(REPLACE "@DATA@" "${figura_rates_golden_dir}/data" content "${content}")
    string(REPLACE "@TESTDATA@" "${CMAKE_CURRENT_SOURCE_DIR}/data" content "${content}")
    string(REPLACE "\n" ";" args "${content}")

    set(workdir ${figura_rates_golden_dir}/data)
    if(EXISTS ${figura_rates_golden_dir}/${case}.cwd)
        set(workdir ${CMAKE_CURRENT_BINARY_DIR})
    endif()

    set(rates_dir ${figura_rates_work_dir}/no-user-rates)
    set(fixture_properties "")
    set(stderr_fixture_properties "")
    if(EXISTS ${figura_rates_golden_dir}/${case}.fixture)
        file(STRINGS ${figura_rates_golden_dir}/${case}.fixture role LIMIT_COUNT 1)
        string(STRIP "${role}" role)
        if(role STREQUAL "setup")
            set(fixture_properties FIXTURES_SETUP figura.rates.user FIXTURES_REQUIRED figura.rates.clean)
        elseif(role STREQUAL "uses")
            set(rates_dir ${figura_rates_work_dir}/user-rates)
            set(fixture_properties FIXTURES_REQUIRED figura.rates.user)
            set(stderr_fixture_properties FIXTURES_REQUIRED figura.rates.user)
        else()
            message(FATAL_ERROR "${case}.fixture: expected setup or uses, found \"${role}\"")
        endif()
    endif()

    set(status_args "")
    if(EXISTS ${figura_rates_golden_dir}/${case}.status)
        file(STRINGS ${figura_rates_golden_dir}/${case}.status expected_status LIMIT_COUNT 1)
        string(STRIP "${expected_status}" expected_status)
        set(status_args "-DEXPECTED_STATUS=${expected_status}")
    endif()

    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND}
            -DPROGRAM=$<TARGET_FILE:figura_cli>
            "-DARGS=${args}"
            -DEXPECTED=${figura_rates_golden_dir}/${case}.expect
            ${status_args}
            -P ${PROJECT_SOURCE_DIR}/cmake/compare-output.cmake
        WORKING_DIRECTORY ${workdir})
    set_tests_properties(${name} PROPERTIES
        LABELS golden
        ENVIRONMENT "FIGURA_RATES_DIR=${rates_dir}"
        ${fixture_properties})

    if(EXISTS ${figura_rates_golden_dir}/${case}.stderr)
        file(READ ${figura_rates_golden_dir}/${case}.stderr expected_stderr)
        string(REPLACE "@DATA@" "${figura_rates_golden_dir}/data" expected_stderr "${expected_stderr}")
        string(REPLACE "@TESTDATA@" "${CMAKE_CURRENT_SOURCE_DIR}/data" expected_stderr "${expected_stderr}")
        string(REGEX REPLACE "([][.*+?^$()|\\\\])" "\\\\\\1" stderr_regex "${expected_stderr}")
        string(REPLACE ";" "." stderr_regex "${stderr_regex}")
        # Only "uses" cases carry their fixture over: a setup case's twin would import a second time.
        add_test(NAME ${name}.stderr
            COMMAND figura_cli ${args}
            WORKING_DIRECTORY ${workdir})
        set_tests_properties(${name}.stderr PROPERTIES
            LABELS golden
            ENVIRONMENT "FIGURA_RATES_DIR=${rates_dir}"
            PASS_REGULAR_EXPRESSION "${stderr_regex}"
            ${stderr_fixture_properties})
    endif()

    if(EXISTS ${figura_rates_golden_dir}/${case}.doc)
        file(STRINGS ${figura_rates_golden_dir}/${case}.doc doc_pages)
        list(TRANSFORM doc_pages STRIP)
        list(FILTER doc_pages EXCLUDE REGEX "^$")
        list(TRANSFORM doc_pages PREPEND ${PROJECT_SOURCE_DIR}/)
        add_test(NAME ${name}.doc
            COMMAND ${CMAKE_COMMAND}
                -DPROGRAM=$<TARGET_FILE:figura_cli>
                "-DARGS=${args}"
                "-DDOC=${doc_pages}"
                -P ${CMAKE_CURRENT_SOURCE_DIR}/golden/cli/doc-contains.cmake
            WORKING_DIRECTORY ${workdir})
        set_tests_properties(${name}.doc PROPERTIES
            LABELS golden
            ENVIRONMENT "FIGURA_RATES_DIR=${rates_dir}"
            ${stderr_fixture_properties})
    endif()
endforeach()
