# Unit tests of the CLI's streamed output, input pieces and parallel batches (issue 12) compile the
# sources they test, as tests/golden.cmake does for cli_json.
if(TARGET figura_test_cli_stream)
    find_package(nlohmann_json 3.11 CONFIG REQUIRED)
    find_package(fmt 9 CONFIG REQUIRED)
    target_sources(figura_test_cli_stream PRIVATE
        ${PROJECT_SOURCE_DIR}/src/cli/json_output.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/json_stream.cpp
        ${PROJECT_SOURCE_DIR}/src/cli/input.cpp)
    target_link_libraries(figura_test_cli_stream PRIVATE nlohmann_json::nlohmann_json fmt::fmt)
endif()
if(TARGET figura_test_batch)
    find_package(Threads REQUIRED)
    target_sources(figura_test_batch PRIVATE ${PROJECT_SOURCE_DIR}/src/cli/batch.cpp)
    target_link_libraries(figura_test_batch PRIVATE Threads::Threads)
endif()

if(TARGET figura_cli)
    add_test(NAME figura.batch.jobs_identity
        COMMAND ${CMAKE_COMMAND}
            -DPROGRAM=$<TARGET_FILE:figura_cli>
            -DTEXT=${CMAKE_CURRENT_SOURCE_DIR}/golden/cli/data/bilingual.txt
            -DBATCH=${CMAKE_CURRENT_SOURCE_DIR}/golden/check/data/batch.jsonl
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/jobs-identity
            -P ${CMAKE_CURRENT_SOURCE_DIR}/tools/jobs-identity.cmake)
    set_tests_properties(figura.batch.jobs_identity PROPERTIES
        ENVIRONMENT FIGURA_RATES_DIR=${CMAKE_CURRENT_BINARY_DIR}/jobs-identity/no-user-rates)
endif()
