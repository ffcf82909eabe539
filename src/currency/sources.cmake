# The currency lexicon compiled at build time (issue 12). figura_lexicon_embed runs the lexicon code
# itself (src/currency/lexicon.cpp: figura's own forms, then ICU/CLDR data) and writes
# generated/lexicon_table.cpp, which builtin.cpp reads: no process builds the lexicon from ICU data
# at start-up, and a form added to lexicon.cpp reaches the table with the next build.
# Included from the top-level CMakeLists.txt.

add_executable(figura_lexicon_embed
    ${PROJECT_SOURCE_DIR}/tools/lexicon_embed.cpp
    ${PROJECT_SOURCE_DIR}/src/currency/lexicon.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/text.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/case.cpp)
target_compile_features(figura_lexicon_embed PRIVATE cxx_std_20)
target_include_directories(figura_lexicon_embed PRIVATE
    ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
target_link_libraries(figura_lexicon_embed PRIVATE Boost::headers ICU::uc ICU::i18n)
figura_apply_warnings(figura_lexicon_embed)

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
