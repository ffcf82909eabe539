# Project options. The CLI, tests, examples, benchmarks, warnings and install rules are on only when
# figura is the top-level project, so a consumer using add_subdirectory() gets just the library (and
# needs none of the CLI's dependencies: CLI11, fmt, toml++). Each can still be switched on.
include(GNUInstallDirs)

option(FIGURA_BUILD_CLI "Build the figura command-line tool" ${PROJECT_IS_TOP_LEVEL})
option(FIGURA_BUILD_TESTS "Build figura's tests" ${PROJECT_IS_TOP_LEVEL})
option(FIGURA_BUILD_EXAMPLES "Build and run the examples as tests" ${PROJECT_IS_TOP_LEVEL})
option(FIGURA_BUILD_BENCHMARKS "Build the Google Benchmark suite" ${PROJECT_IS_TOP_LEVEL})
option(FIGURA_INSTALL "Generate install rules" ${PROJECT_IS_TOP_LEVEL})
option(FIGURA_WARNINGS "Compile figura's own targets with strict warnings" ${PROJECT_IS_TOP_LEVEL})
option(FIGURA_WERROR "Treat warnings as errors (CI)" OFF)
option(FIGURA_FUZZ "Build libFuzzer targets (needs clang)" OFF)
# The Python package (python/, docs/python.md): off by default because it needs pybind11 and Python's
# headers; the presets, README's commands and CI turn it on.
option(FIGURA_BUILD_PYTHON "Build the Python package figura (pybind11) and its tests" OFF)

# Consumers see figura's headers as SYSTEM so our code never trips their warning flags.
set(FIGURA_WARNING_GUARD "")
if(NOT PROJECT_IS_TOP_LEVEL)
    set(FIGURA_WARNING_GUARD SYSTEM)
endif()

function(figura_apply_warnings target)
    if(FIGURA_WARNINGS)
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused
            -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
        if(FIGURA_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# A host tool that runs during the build (the lexicon and rates embedders): it compiles the library
# sources it needs itself, since the library it would link is what it helps to make.
function(figura_add_build_tool target)
    add_executable(${target} ${ARGN})
    target_compile_features(${target} PRIVATE cxx_std_20)
    target_include_directories(${target} PRIVATE
        ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
    target_link_libraries(${target} PRIVATE Boost::headers ICU::uc ICU::i18n)
    figura_apply_warnings(${target})
endfunction()

# Debug executables carry ~450 MB of DWARF each (mostly Spirit X3's type names in .debug_str, copied
# into every test binary), so a Debug tree with every test grows past 15 GB. Compressing the debug
# sections at link time shrinks each about twelvefold, but gdb and addr2line refuse a .debug_str that
# inflates that much, so only the `ci` preset (which nobody debugs in) turns it on.
option(FIGURA_COMPRESS_DEBUG "Compress the debug sections of figura's executables (zlib)" OFF)
if(FIGURA_COMPRESS_DEBUG)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "LINKER:--compress-debug-sections=zlib" FIGURA_LINKER_COMPRESSES_DEBUG)
    if(FIGURA_LINKER_COMPRESSES_DEBUG)
        add_link_options("LINKER:--compress-debug-sections=zlib")
    endif()
endif()

# The command-line tool linked so that the dynamic loader has almost nothing to do at start-up
# (issue 12, benchmarks/README.md "Start-up"): fmt and toml++ header-only, libstdc++, libgcc and ICU
# (with its data) static. Only the tool: figura::figura, its install and find_package are unchanged.
# Off under sanitizers and libFuzzer, whose runtimes want the shared libstdc++, and where Debian's
# static ICU archives are missing (cmake/static_cli.cmake).
set(figura_static_cli_default OFF)
if(PROJECT_IS_TOP_LEVEL AND NOT FIGURA_FUZZ AND NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize"
        AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(figura_static_cli_default ON)
endif()
option(FIGURA_STATIC_CLI "Link the figura tool with static libstdc++, ICU and header-only fmt, toml++" ${figura_static_cli_default})
