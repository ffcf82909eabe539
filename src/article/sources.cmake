# The bilingual news item (issue 4): reading articles (single file, separate parts, JSON Lines) and
# translation alignment. Included from the top-level CMakeLists.txt.

find_package(nlohmann_json 3.11 CONFIG REQUIRED)

target_sources(figura_figura PRIVATE
    ${PROJECT_SOURCE_DIR}/src/article/structure.cpp
    ${PROJECT_SOURCE_DIR}/src/article/jsonl.cpp
    ${PROJECT_SOURCE_DIR}/src/article/align.cpp)
# JSON stays private: the public API hands out figura types only. nlohmann_json is header-only, so
# BUILD_INTERFACE keeps it out of the installed export (consumers need not find it).
target_link_libraries(figura_figura PRIVATE $<BUILD_INTERFACE:nlohmann_json::nlohmann_json>)
