# The config fuzz target reads figura.toml with the CLI's own reader (src/cli/config.cpp, toml++),
# which is not part of the library: give its replay and libFuzzer binaries that source.
foreach(target figura_fuzz_replay_config figura_fuzz_config)
    if(TARGET ${target})
        find_package(tomlplusplus 3 CONFIG REQUIRED)
        find_package(fmt 9 CONFIG REQUIRED)
        target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/cli/config.cpp)
        target_link_libraries(${target} PRIVATE tomlplusplus::tomlplusplus fmt::fmt)
    endif()
endforeach()
