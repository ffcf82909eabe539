# Steps of the package tests (tests/package.cmake), run as `cmake -DSTEP=... -P run.cmake`:
#   install         removes PREFIX, runs `cmake --install BUILD_DIR --prefix PREFIX`, checks the tree
#   installed_cli   runs the installed figura: --version and a conversion with the embedded rates
#   find_package    configures, builds and runs tests/consumer/find_package against PREFIX (fresh WORK)
#   add_subdirectory configures, builds and runs tests/consumer/add_subdirectory with figura's source
#                   tree inside (WORK is kept, so later runs rebuild only what changed)
# The consumer's output must equal expected.txt (@FIGURA_VERSION@ stands for VERSION).

function(run)
    execute_process(COMMAND ${ARGV} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        string(REPLACE ";" " " command "${ARGV}")
        message(FATAL_ERROR "${command}\nexit status ${status}\n${out}\n${err}")
    endif()
endfunction()

# Runs PROGRAM and compares its standard output with expected.txt.
function(check_consumer program)
    execute_process(COMMAND ${program} RESULT_VARIABLE status OUTPUT_VARIABLE actual ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${program}: exit status ${status}\n${err}")
    endif()
    file(READ ${CMAKE_CURRENT_LIST_DIR}/expected.txt expected)
    string(REPLACE "@FIGURA_VERSION@" "${VERSION}" expected "${expected}")
    if(NOT actual STREQUAL expected)
        message(FATAL_ERROR "${program}: output differs from tests/consumer/expected.txt\n"
                            "--- actual ---\n${actual}--- expected ---\n${expected}")
    endif()
    message(STATUS "${program}: output as expected")
endfunction()

set(config_args "")
if(CONFIG)
    set(config_args --config ${CONFIG})
endif()

if(STEP STREQUAL "install")
    file(REMOVE_RECURSE ${PREFIX})
    run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} ${config_args})
    # What a stranger relies on; docs/install.md lists the same paths.
    foreach(path IN ITEMS
            ${INCLUDEDIR}/figura/figura.hpp ${INCLUDEDIR}/figura/version.hpp ${INCLUDEDIR}/figura/rates.hpp
            ${LIBDIR}/${LIBRARY_FILE}
            ${LIBDIR}/cmake/figura/figuraConfig.cmake ${LIBDIR}/cmake/figura/figuraConfigVersion.cmake
            ${LIBDIR}/cmake/figura/figuraTargets.cmake ${LIBDIR}/pkgconfig/figura.pc
            ${BINDIR}/figura
            ${DATADIR}/figura/rates/README.md ${DATADIR}/figura/rates/ecb.figrates
            ${DOCDIR}/README.md ${DOCDIR}/LICENSE ${DOCDIR}/docs/cli.md ${DOCDIR}/docs/install.md
            ${DOCDIR}/docs/schema/check-v1.json ${DOCDIR}/rates/README.md)
        if(NOT EXISTS ${PREFIX}/${path})
            message(FATAL_ERROR "not installed: ${path}")
        endif()
    endforeach()
    # Every shipped rates file is installed (the library embeds the same set).
    file(GLOB shipped RELATIVE ${SOURCE_DIR}/rates ${SOURCE_DIR}/rates/*.figrates)
    file(GLOB installed RELATIVE ${PREFIX}/${DATADIR}/figura/rates ${PREFIX}/${DATADIR}/figura/rates/*.figrates)
    list(SORT shipped)
    list(SORT installed)
    if(NOT shipped STREQUAL installed)
        message(FATAL_ERROR "rates installed: ${installed}; shipped: ${shipped}")
    endif()
    # Maintainers' tools and test programs stay in the build tree.
    file(GLOB programs RELATIVE ${PREFIX}/${BINDIR} ${PREFIX}/${BINDIR}/*)
    if(NOT programs STREQUAL "figura")
        message(FATAL_ERROR "${BINDIR} holds ${programs}; expected only figura")
    endif()
elseif(STEP STREQUAL "installed_cli")
    execute_process(COMMAND ${PREFIX}/${BINDIR}/figura --version RESULT_VARIABLE status OUTPUT_VARIABLE out)
    if(NOT status EQUAL 0 OR NOT out STREQUAL "figura ${VERSION}\n")
        message(FATAL_ERROR "installed figura --version: status ${status}, output \"${out}\"")
    endif()
    # Run from an unrelated directory with no user rates: only the embedded table can answer.
    set(ENV{FIGURA_RATES_DIR} ${PREFIX}/no-such-rates-dir)
    execute_process(COMMAND ${PREFIX}/${BINDIR}/figura convert "100 tỷ nhân dân tệ" --to USD --on 2025-01-29
        WORKING_DIRECTORY ${PREFIX}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0 OR NOT out MATCHES "converted: +\\[13,720,000,000, 13,860,000,000\\) USD")
        message(FATAL_ERROR "installed figura convert: status ${status}\n${out}\n${err}")
    endif()
    message(STATUS "installed figura: --version and convert work")
elseif(STEP STREQUAL "find_package")
    file(REMOVE_RECURSE ${WORK})
    run(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/find_package -B ${WORK} -G ${GENERATOR}
        -DCMAKE_CXX_COMPILER=${CXX} "-DCMAKE_CXX_FLAGS=${CXXFLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${LDFLAGS}"
        -DCMAKE_PREFIX_PATH=${PREFIX} -DFIGURA_EXPECTED_PREFIX=${PREFIX})
    run(${CMAKE_COMMAND} --build ${WORK})
    check_consumer(${WORK}/figura_consumer)
elseif(STEP STREQUAL "add_subdirectory")
    # No build type: no optimisation and no debug information, the cheapest build of the library.
    run(${CMAKE_COMMAND} -S ${CMAKE_CURRENT_LIST_DIR}/add_subdirectory -B ${WORK} -G ${GENERATOR}
        -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE= -DFIGURA_SOURCE_DIR=${SOURCE_DIR})
    run(${CMAKE_COMMAND} --build ${WORK} --target figura_consumer --parallel 2)
    check_consumer(${WORK}/figura_consumer)
else()
    message(FATAL_ERROR "unknown STEP \"${STEP}\"")
endif()
