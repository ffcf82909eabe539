# `figura rates update` end to end (tests/unit/rates_update_test.cpp): the test starts a loopback HTTP
# server on 127.0.0.1 and runs the figura tool against it; nothing leaves the machine. It needs the
# tool, and OpenSSL's libcrypto to check the recorded SHA-256.
if(TARGET figura_test_rates_update)
    find_package(OpenSSL REQUIRED COMPONENTS Crypto)
    find_package(Threads REQUIRED)
    target_link_libraries(figura_test_rates_update PRIVATE OpenSSL::Crypto Threads::Threads)
    target_compile_definitions(figura_test_rates_update PRIVATE FIGURA_RATES_SOURCE_DIR="${PROJECT_SOURCE_DIR}/rates")
    if(TARGET figura_cli)
        target_compile_definitions(figura_test_rates_update PRIVATE FIGURA_CLI_PATH="$<TARGET_FILE:figura_cli>")
        add_dependencies(figura_test_rates_update figura_cli)
    endif()
endif()
