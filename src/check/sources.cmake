# `figura check` (issue 4, library side): the rules engine over a read article. Included from the
# top-level CMakeLists.txt.

target_sources(figura_figura PRIVATE
    ${PROJECT_SOURCE_DIR}/src/check/check.cpp
    ${PROJECT_SOURCE_DIR}/src/check/rules.cpp
    ${PROJECT_SOURCE_DIR}/src/check/fx.cpp
    ${PROJECT_SOURCE_DIR}/src/check/parity.cpp)
