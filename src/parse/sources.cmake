# The grammars' word tables compiled at build time (issue 12). figura_words_embed runs the code that
# says what each grammar matches (src/parse/words_en.cpp, words_vi.cpp, over the compiled currency
# lexicon) and writes generated/word_tables.cpp, sorted constant arrays the grammars match in place
# (src/parse/word_table.hpp): no process fills a table at start-up, and a word added to words_*.cpp
# reaches the table with the next build. Included from the top-level CMakeLists.txt after the lexicon.

set(FIGURA_WORDS_SOURCES
    ${PROJECT_SOURCE_DIR}/src/parse/words_en.cpp
    ${PROJECT_SOURCE_DIR}/src/parse/words_vi.cpp)

figura_add_build_tool(figura_words_embed
    ${PROJECT_SOURCE_DIR}/tools/words_embed.cpp
    ${FIGURA_WORDS_SOURCES}
    ${PROJECT_SOURCE_DIR}/src/currency/builtin.cpp
    ${PROJECT_BINARY_DIR}/generated/lexicon_table.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/text.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/case.cpp)

add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/generated/word_tables.cpp
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated
    COMMAND figura_words_embed ${PROJECT_BINARY_DIR}/generated/word_tables.cpp
    DEPENDS figura_words_embed
    COMMENT "Compiling the grammars' word tables"
    VERBATIM)
target_sources(figura_figura PRIVATE ${PROJECT_BINARY_DIR}/generated/word_tables.cpp)
