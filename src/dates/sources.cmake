# Dates in English and Vietnamese text (issue 4): the recogniser and find_dates/parse_date.
# Included from the top-level CMakeLists.txt.

target_sources(figura_figura PRIVATE
    ${PROJECT_SOURCE_DIR}/src/dates/recognise.cpp
    ${PROJECT_SOURCE_DIR}/src/dates/dates.cpp)
