# Rates loader fuzz targets (tests/fuzz/rates_<loader>_fuzz.cpp, seeds in tests/fuzz/corpus/rates_<loader>/).
# tests/fuzz.cmake builds every *_fuzz.cpp (replay under any compiler, libFuzzer under clang with
# FIGURA_FUZZ=ON); this file only adds replay targets if that file did not, so the rates seeds are a
# regression suite either way.

foreach(loader ecb fred fred_long simple figura ecb_xml currency_api)
    set(target rates_${loader})
    if(TARGET figura_fuzz_replay_${target})
        continue()
    endif()
    add_executable(figura_rates_replay_${target}
        ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${target}_fuzz.cpp
        ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/rates_replay_main.cpp)
    target_link_libraries(figura_rates_replay_${target} PRIVATE figura::figura)
    figura_apply_warnings(figura_rates_replay_${target})
    add_test(NAME figura.fuzz_replay.${target}
        COMMAND figura_rates_replay_${target} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target})
    set_tests_properties(figura.fuzz_replay.${target} PROPERTIES LABELS fuzz-replay)
endforeach()
