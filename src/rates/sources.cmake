# Exchange rates (issue 3): loaders, the rate table, and the embedded default built from rates/*.figrates.
# Included from the top-level CMakeLists.txt.

target_sources(figura_figura PRIVATE
    ${PROJECT_SOURCE_DIR}/src/rates/common.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/loaders.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/table.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/files.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/refresh.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/image.cpp
    ${PROJECT_BINARY_DIR}/generated/rates_embedded.cpp)

# Host tool that reads the rates files with the library's own loader and writes them as a binary image
# (src/rates/image.hpp) the library copies out without parsing text (no network, no paths compiled in).
# It compiles the loader's sources itself: the library it would link holds the image it makes.
figura_add_build_tool(figura_rates_embed
    ${PROJECT_SOURCE_DIR}/tools/rates_embed.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/image.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/common.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/loaders.cpp
    ${PROJECT_SOURCE_DIR}/src/rates/table.cpp
    ${PROJECT_SOURCE_DIR}/src/decimal.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/text.cpp
    ${PROJECT_SOURCE_DIR}/src/unicode/case.cpp)

file(GLOB figura_rates_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/rates/*.figrates)
list(SORT figura_rates_files)
add_custom_command(
    OUTPUT ${PROJECT_BINARY_DIR}/generated/rates_embedded.cpp
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated
    COMMAND figura_rates_embed ${PROJECT_BINARY_DIR}/generated/rates_embedded.cpp ${figura_rates_files}
    DEPENDS figura_rates_embed ${figura_rates_files}
    COMMENT "Embedding rates/*.figrates"
    VERBATIM)
# The generated file is data (one literal).
set_source_files_properties(${PROJECT_BINARY_DIR}/generated/rates_embedded.cpp PROPERTIES GENERATED TRUE)

# figura-import-rates: regenerates rates/ from the publishers' raw files (see rates/README.md).
add_executable(figura_import_rates ${PROJECT_SOURCE_DIR}/tools/import_rates.cpp)
set_target_properties(figura_import_rates PROPERTIES OUTPUT_NAME figura-import-rates)
target_link_libraries(figura_import_rates PRIVATE figura::figura)
target_include_directories(figura_import_rates PRIVATE ${PROJECT_SOURCE_DIR}/src)
figura_apply_warnings(figura_import_rates)

