# README.md and the docs pages that quote code or `figura` output cannot drift from the code
# (cmake/check-readme-snippets.cmake does the work; its header explains the markers).
#
#   figura.readme.snippets          every ```cpp block of README.md is an example file (or a marked
#                                   region of one) byte for byte; the examples themselves are built,
#                                   run and compared with their .expected output by examples/CMakeLists.txt
#   figura.readme.snippets.*-fails  the check fails on a changed block and on an unmarked block
#   figura.readme.docs-index        docs/README.md links every page in docs/
#   figura.readme.commands.<page>   every `$ figura ...` block of the page prints exactly what it shows
#   figura.readme.commands.stale-output-fails   the check fails on an output the tool does not print
#
# To refresh a quoted output after a deliberate change, run the command from the project root and
# paste its output (the failure message prints it).

set(figura_readme_check ${PROJECT_SOURCE_DIR}/cmake/check-readme-snippets.cmake)

add_test(NAME figura.readme.snippets
    COMMAND ${CMAKE_COMMAND} -DMODE=snippets -DDOC=${PROJECT_SOURCE_DIR}/README.md
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${figura_readme_check})
set_tests_properties(figura.readme.snippets PROPERTIES LABELS docs)

add_test(NAME figura.readme.docs-index
    COMMAND ${CMAKE_COMMAND} -DMODE=index -DDOC=${PROJECT_SOURCE_DIR}/docs/README.md
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${figura_readme_check})
set_tests_properties(figura.readme.docs-index PROPERTIES LABELS docs)

# The check must be able to fail: two pages it has to reject, written at configure time.
set(figura_readme_selftest ${CMAKE_CURRENT_BINARY_DIR}/readme-selftest)
file(WRITE ${figura_readme_selftest}/changed.md
    "<!-- example: examples/parse_sentence.cpp#print_figure -->\n```cpp\nvoid print_figure();\n```\n")
file(WRITE ${figura_readme_selftest}/unmarked.md "Some code:\n\n```cpp\nint main() {}\n```\n")
foreach(bad IN ITEMS changed unmarked)
    add_test(NAME figura.readme.snippets.${bad}-fails
        COMMAND ${CMAKE_COMMAND} -DMODE=snippets -DDOC=${figura_readme_selftest}/${bad}.md
            -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${figura_readme_check})
endforeach()
set_tests_properties(figura.readme.snippets.changed-fails PROPERTIES
    LABELS docs PASS_REGULAR_EXPRESSION "the code block differs from examples/parse_sentence.cpp, region print_figure")
set_tests_properties(figura.readme.snippets.unmarked-fails PROPERTIES
    LABELS docs PASS_REGULAR_EXPRESSION "a ```cpp block without")

if(NOT TARGET figura_cli)
    return()
endif()

# A quoted output that is not what the tool prints must fail too.
file(WRITE ${figura_readme_selftest}/stale-output.md "```\n$ figura parse '$14bn'\n$14bn\n  money 18000000000 USD\n```\n")
add_test(NAME figura.readme.commands.stale-output-fails
    COMMAND ${CMAKE_COMMAND} -DMODE=commands -DDOC=${figura_readme_selftest}/stale-output.md
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DPROGRAM=$<TARGET_FILE:figura_cli> -P ${figura_readme_check})
set_tests_properties(figura.readme.commands.stale-output-fails PROPERTIES
    LABELS docs PASS_REGULAR_EXPRESSION "prints something else")

# Pages that quote `figura` runs, with the fewest `$ figura` blocks each must keep (so a page that
# loses its fences is noticed). Commands run in the project root, with no user rates and no colour.
set(figura_readme_pages
    README.md:6
    docs/comparison.md:1
    docs/figures.md:1)
foreach(entry IN LISTS figura_readme_pages)
    string(REPLACE ":" ";" entry "${entry}")
    list(GET entry 0 page)
    list(GET entry 1 min_blocks)
    string(REGEX REPLACE "\\.md$" "" name "${page}")
    string(REPLACE "/" "." name "${name}")
    add_test(NAME figura.readme.commands.${name}
        COMMAND ${CMAKE_COMMAND} -DMODE=commands -DDOC=${PROJECT_SOURCE_DIR}/${page}
            -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DPROGRAM=$<TARGET_FILE:figura_cli> -DMIN_BLOCKS=${min_blocks}
            -P ${figura_readme_check})
    set_tests_properties(figura.readme.commands.${name} PROPERTIES
        LABELS docs
        ENVIRONMENT "NO_COLOR=1;FIGURA_RATES_DIR=${CMAKE_CURRENT_BINARY_DIR}/readme-no-user-rates")
endforeach()
