# Fuzz targets: tests/fuzz/<target>_fuzz.cpp defines LLVMFuzzerTestOneInput; its seeds live in
# tests/fuzz/corpus/<target>/.
#
# Any compiler: figura_fuzz_replay_<target> runs every seed through the target (ctest
# figura.fuzz_replay.<target>), so the corpus is a regression suite under g++ too.
#
# FIGURA_FUZZ=ON with clang: figura_fuzz_<target> is a libFuzzer binary with ASan and UBSan. It links
# figura_fuzz_lib, a copy of the library built with coverage instrumentation and the sanitizers, so
# the fuzzer sees inside the parser while figura::figura and every other target stay untouched.

file(GLOB figura_fuzz_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/*_fuzz.cpp)

set(figura_libfuzzer OFF)
if(FIGURA_FUZZ)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        set(figura_libfuzzer ON)
    else()
        message(WARNING "FIGURA_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++); "
                        "building only the corpus replay targets")
    endif()
endif()

if(figura_libfuzzer)
    set(figura_fuzz_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

    # Same sources, includes, definitions and dependencies as figura::figura, read at configure time.
    get_target_property(figura_lib_sources figura_figura SOURCES)
    get_target_property(figura_lib_dir figura_figura SOURCE_DIR)
    set(figura_fuzz_lib_sources "")
    foreach(source IN LISTS figura_lib_sources)
        if(NOT IS_ABSOLUTE "${source}" AND NOT source MATCHES "^\\$<")
            set(source "${figura_lib_dir}/${source}")
        endif()
        list(APPEND figura_fuzz_lib_sources "${source}")
    endforeach()
    add_library(figura_fuzz_lib STATIC EXCLUDE_FROM_ALL ${figura_fuzz_lib_sources})
    target_compile_features(figura_fuzz_lib PUBLIC cxx_std_20)
    target_include_directories(figura_fuzz_lib
        PUBLIC ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include
        PRIVATE ${PROJECT_SOURCE_DIR}/src $<TARGET_PROPERTY:figura_figura,INCLUDE_DIRECTORIES>)
    target_compile_definitions(figura_fuzz_lib PRIVATE $<TARGET_PROPERTY:figura_figura,COMPILE_DEFINITIONS>)
    get_target_property(figura_lib_links figura_figura LINK_LIBRARIES)
    target_link_libraries(figura_fuzz_lib PUBLIC ${figura_lib_links})
    target_compile_options(figura_fuzz_lib PRIVATE -fsanitize=fuzzer-no-link ${figura_fuzz_sanitizers} -g)
endif()

foreach(fuzz_source IN LISTS figura_fuzz_sources)
    get_filename_component(fuzz_name ${fuzz_source} NAME_WE)
    string(REGEX REPLACE "_fuzz$" "" target ${fuzz_name})
    set(corpus ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${target})

    add_executable(figura_fuzz_replay_${target} ${fuzz_source} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay_main.cpp)
    target_link_libraries(figura_fuzz_replay_${target} PRIVATE figura::figura)
    # Targets may check internal invariants too, as unit tests do.
    target_include_directories(figura_fuzz_replay_${target} PRIVATE ${PROJECT_SOURCE_DIR}/src)
    figura_apply_warnings(figura_fuzz_replay_${target})
    add_test(NAME figura.fuzz_replay.${target} COMMAND figura_fuzz_replay_${target} ${corpus})
    set_tests_properties(figura.fuzz_replay.${target} PROPERTIES LABELS fuzz-replay)

    if(figura_libfuzzer)
        add_executable(figura_fuzz_${target} ${fuzz_source})
        target_link_libraries(figura_fuzz_${target} PRIVATE figura_fuzz_lib)
        target_include_directories(figura_fuzz_${target} PRIVATE ${PROJECT_SOURCE_DIR}/src)
        target_compile_options(figura_fuzz_${target} PRIVATE -fsanitize=fuzzer ${figura_fuzz_sanitizers} -g)
        target_link_options(figura_fuzz_${target} PRIVATE -fsanitize=fuzzer ${figura_fuzz_sanitizers})
        figura_apply_warnings(figura_fuzz_${target})
        # A short run from the seeds (at most 20,000 inputs or 20 s), each input within 30 s (a slower
        # one is reported as a hang: every stage must stay linear); new inputs go to the build tree,
        # never into the source corpus.
        set(found ${CMAKE_CURRENT_BINARY_DIR}/fuzz-corpus/${target})
        file(MAKE_DIRECTORY ${found})
        add_test(NAME figura.fuzz_smoke.${target}
            COMMAND figura_fuzz_${target} -seed=1 -runs=20000 -max_total_time=20 -timeout=30 -max_len=4096 ${found} ${corpus})
        set_tests_properties(figura.fuzz_smoke.${target} PROPERTIES LABELS fuzz)
    endif()
endforeach()
