# The word-table test fills the tables afresh with the code the build tool runs (src/parse/sources.cmake).
if(TARGET figura_test_grammar_words)
    target_sources(figura_test_grammar_words PRIVATE ${FIGURA_WORDS_SOURCES})
endif()
