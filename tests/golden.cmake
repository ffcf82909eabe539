# Golden tests of the figura CLI, one ctest per case in tests/golden/cli/:
#   <case>.args    the arguments, one per line (no empty lines; no ';', '[' or ']', which CMake lists
#                  cannot carry); the token @DATA@ becomes the absolute path of tests/golden/cli/data
#   <case>.expect  the exact standard output
#   <case>.status  optional: the expected exit status (default 0)
#   <case>.stderr  optional: text that standard error must contain (@DATA@ substituted), checked by a
#                  second ctest figura.golden.<case>.stderr
#   <case>.doc     optional: pages (one per line, paths from the project root, e.g. docs/cli.md) that
#                  must quote the standard output verbatim, checked by figura.golden.<case>.doc: help
#                  text and examples in the docs cannot drift from the tool
#   <case>.cwd     optional: the directory to run in, from the project root (default: the data dir)
# Cases run in tests/golden/cli/data, so a file named there by a relative path shows the same in the
# output on every machine. FIGURA_UPDATE_GOLDEN=1 ctest -R figura.golden rewrites the .expect files:
# read the diff before committing it.

# tests/unit/cli_json_test.cpp tests the CLI's output code directly, so it needs those sources too.
if(TARGET figura_test_cli_json)
    find_package(nlohmann_json 3.11 CONFIG REQUIRED)
    find_package(fmt 9 CONFIG REQUIRED)
    target_sources(figura_test_cli_json PRIVATE
        ${PROJECT_SOURCE_DIR}/src/cli/json_output.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/text_output.cpp)
    target_link_libraries(figura_test_cli_json PRIVATE nlohmann_json::nlohmann_json fmt::fmt)
endif()

if(NOT TARGET figura_cli)
    return()
endif()

set(figura_golden_dir ${CMAKE_CURRENT_SOURCE_DIR}/golden/cli)
file(GLOB figura_golden_cases CONFIGURE_DEPENDS ${figura_golden_dir}/*.args)

foreach(args_file IN LISTS figura_golden_cases)
    get_filename_component(case ${args_file} NAME_WLE)

    file(READ ${args_file} content)
    if(content MATCHES "[][;]")
        message(FATAL_ERROR "${args_file}: ';', '[' and ']' cannot be passed through a CMake list")
    endif()
    string(REGEX REPLACE "\n$" "" content "${content}")
    if(content STREQUAL "" OR content MATCHES "(^|\n)(\n|$)")
        message(FATAL_ERROR "${args_file}: empty argument lines are not supported")
    endif()
    string(REPLACE "@DATA@" "${figura_golden_dir}/data" content "${content}")
    string(REPLACE "\n" ";" args "${content}")

    set(workdir ${figura_golden_dir}/data)
    if(EXISTS ${figura_golden_dir}/${case}.cwd)
        file(STRINGS ${figura_golden_dir}/${case}.cwd workdir LIMIT_COUNT 1)
        string(STRIP "${workdir}" workdir)
        set(workdir ${PROJECT_SOURCE_DIR}/${workdir})
    endif()

    set(status_args "")
    if(EXISTS ${figura_golden_dir}/${case}.status)
        file(STRINGS ${figura_golden_dir}/${case}.status expected_status LIMIT_COUNT 1)
        string(STRIP "${expected_status}" expected_status)
        set(status_args "-DEXPECTED_STATUS=${expected_status}")
    endif()

    add_test(NAME figura.golden.${case}
        COMMAND ${CMAKE_COMMAND}
            -DPROGRAM=$<TARGET_FILE:figura_cli>
            "-DARGS=${args}"
            -DEXPECTED=${figura_golden_dir}/${case}.expect
            ${status_args}
            -P ${PROJECT_SOURCE_DIR}/cmake/compare-output.cmake
        WORKING_DIRECTORY ${workdir})
    set_tests_properties(figura.golden.${case} PROPERTIES LABELS golden)

    if(EXISTS ${figura_golden_dir}/${case}.stderr)
        # ctest matches a regular expression against the output: escape the expected text into one.
        file(READ ${figura_golden_dir}/${case}.stderr expected_stderr)
        string(REPLACE "@DATA@" "${figura_golden_dir}/data" expected_stderr "${expected_stderr}")
        string(REGEX REPLACE "([][.*+?^$()|\\\\])" "\\\\\\1" stderr_regex "${expected_stderr}")
        # A ';' would split the property into several expressions; '.' matches it.
        string(REPLACE ";" "." stderr_regex "${stderr_regex}")
        add_test(NAME figura.golden.${case}.stderr
            COMMAND figura_cli ${args}
            WORKING_DIRECTORY ${workdir})
        set_tests_properties(figura.golden.${case}.stderr PROPERTIES
            LABELS golden
            PASS_REGULAR_EXPRESSION "${stderr_regex}")
    endif()

    if(EXISTS ${figura_golden_dir}/${case}.doc)
        file(STRINGS ${figura_golden_dir}/${case}.doc doc_pages)
        list(TRANSFORM doc_pages STRIP)
        list(FILTER doc_pages EXCLUDE REGEX "^$")
        list(TRANSFORM doc_pages PREPEND ${PROJECT_SOURCE_DIR}/)
        add_test(NAME figura.golden.${case}.doc
            COMMAND ${CMAKE_COMMAND}
                -DPROGRAM=$<TARGET_FILE:figura_cli>
                "-DARGS=${args}"
                "-DDOC=${doc_pages}"
                -P ${figura_golden_dir}/doc-contains.cmake
            WORKING_DIRECTORY ${workdir})
        set_tests_properties(figura.golden.${case}.doc PROPERTIES LABELS golden)
    endif()
endforeach()
