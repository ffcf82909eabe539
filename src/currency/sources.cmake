# The currency lexicon compiled at build time (issue 12). figura_lexicon_embed runs the lexicon code
# itself (src/currency/lexicon.cpp: figura's own forms, then ICU/CLDR data) and writes
# generated/lexicon_table.cpp, which builtin.cpp reads: no process builds the lexicon from ICU data
# at start-up, and a form added to lexicon.cpp reaches the table with the next build.
# Included from the top-level CMakeLists.txt.

figura_add_build_tool(figura_lexicon_embed
    ${PROJECT_SOURCE_DIR}/tools/lexicon_embed.cpp
    ${PROJECT_SOURCE_DIR}/src/currency/lexicon.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/text.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/case.cpp)

add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/generated/lexicon_table.cpp
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated
    COMMAND figura_lexicon_embed ${PROJECT_BINARY_DIR}/generated/lexicon_table.cpp
    DEPENDS figura_lexicon_embed
    COMMENT "Compiling the currency lexicon"
    VERBATIM)
target_sources(figura_figura PRIVATE
    ${PROJECT_SOURCE_DIR}/src/currency/builtin.cpp
    ${PROJECT_BINARY_DIR}/generated/lexicon_table.cpp)
