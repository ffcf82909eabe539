# FIGURA_STATIC_CLI (cmake/options.cmake): the tool's libraries linked in rather than loaded. Measured
# on `figura parse '$5m'` (benchmarks/README.md "Start-up"): relocating and binding libstdc++, ICU,
# fmt and toml++ was about half of its instructions. All of it or nothing: a static ICU beside a
# shared libfmt or libtomlplusplus, which load libstdc++.so again, was slower than all shared.
if(FIGURA_STATIC_CLI)
    find_library(FIGURA_ICU_UC_STATIC NAMES libicuuc.a)
    find_library(FIGURA_ICU_I18N_STATIC NAMES libicui18n.a)
    find_library(FIGURA_ICU_DATA_STATIC NAMES libicudata.a)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-static-libstdc++" FIGURA_LINKER_STATIC_LIBSTDCXX)
    if(NOT FIGURA_ICU_UC_STATIC OR NOT FIGURA_ICU_I18N_STATIC OR NOT FIGURA_ICU_DATA_STATIC
            OR NOT FIGURA_LINKER_STATIC_LIBSTDCXX OR NOT TARGET fmt::fmt-header-only)
        message(STATUS "figura: static ICU, libstdc++ or header-only fmt missing: the tool links them shared")
        set(FIGURA_STATIC_CLI OFF)
    endif()
endif()

function(figura_link_cli_static target)
    # toml++ and fmt compiled into the tool (TOML_HEADER_ONLY is toml++'s default; its CMake target
    # would switch it off and link libtomlplusplus.so).
    get_target_property(toml_includes tomlplusplus::tomlplusplus INTERFACE_INCLUDE_DIRECTORIES)
    target_include_directories(${target} SYSTEM PRIVATE ${toml_includes})
    target_compile_definitions(${target} PRIVATE TOML_HEADER_ONLY=1)
    # ICU's archives come before the shared ICU::uc that figura::figura brings along, so the linker
    # takes every ICU symbol from them and, with --as-needed, records no libicu*.so at all.
    target_link_libraries(${target} PRIVATE
        figura::figura
        ${FIGURA_ICU_I18N_STATIC} ${FIGURA_ICU_UC_STATIC} ${FIGURA_ICU_DATA_STATIC}
        CLI11::CLI11 nlohmann_json::nlohmann_json fmt::fmt-header-only)
    target_link_options(${target} PRIVATE -static-libstdc++ -static-libgcc LINKER:--as-needed)
    # A position-dependent executable: as a PIE, the loader's relative relocations of the tool's own
    # data (ICU's and the grammars' tables) wrote to about 110 pages at every start (0.4M of 3.4M
    # instructions of `figura parse '$5m'`; -z pack-relative-relocs left the page faults as they
    # were). The price is that the tool's own code loads at a fixed address (its libraries do not).
    target_link_options(${target} PRIVATE -no-pie LINKER:-O1,--gc-sections)
endfunction()
