# Package tests: figura as a stranger gets it (docs/install.md).
#   figura.package.install           `cmake --install` this build into package/prefix (fixture setup)
#   figura.package.installed_cli     the installed figura runs: --version, convert with embedded rates
#   figura.package.find_package      tests/consumer/find_package: find_package(figura 0.1 CONFIG)
#   figura.package.pkg_config        tests/consumer/main.cpp compiled with `pkg-config --cflags --libs
#                                    figura` (skipped when pkg-config is missing)
#   figura.package.add_subdirectory  tests/consumer/add_subdirectory: figura's source tree built inside
#                                    another project, which must see only the library
# Each consumer parses "100 tỷ nhân dân tệ", converts it at the embedded rates and must print exactly
# tests/consumer/expected.txt.

if(NOT FIGURA_INSTALL)
    return()
endif()
foreach(dir IN ITEMS BINDIR LIBDIR INCLUDEDIR DATADIR DOCDIR)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
        message(STATUS "figura package tests off: CMAKE_INSTALL_${dir} is absolute")
        return()
    endif()
endforeach()

set(figura_package_dir ${CMAKE_CURRENT_BINARY_DIR}/package)
set(figura_package_prefix ${figura_package_dir}/prefix)
set(figura_package_run ${CMAKE_CURRENT_SOURCE_DIR}/consumer/run.cmake)
# Consumers of the installed library compile and link as this build did (a sanitizer build's library
# needs the sanitizer runtime).
set(figura_package_common
    -DPREFIX=${figura_package_prefix}
    -DVERSION=${PROJECT_VERSION}
    -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
    -DGENERATOR=${CMAKE_GENERATOR}
    -DCXX=${CMAKE_CXX_COMPILER}
    "-DCXXFLAGS=${CMAKE_CXX_FLAGS}"
    "-DLDFLAGS=${CMAKE_EXE_LINKER_FLAGS}"
    -DBINDIR=${CMAKE_INSTALL_BINDIR}
    -DLIBDIR=${CMAKE_INSTALL_LIBDIR}
    -DINCLUDEDIR=${CMAKE_INSTALL_INCLUDEDIR}
    -DDATADIR=${CMAKE_INSTALL_DATADIR}
    -DDOCDIR=${CMAKE_INSTALL_DOCDIR})

add_test(NAME figura.package.install
    COMMAND ${CMAKE_COMMAND} ${figura_package_common}
        -DSTEP=install
        -DBUILD_DIR=${PROJECT_BINARY_DIR}
        -DCONFIG=$<CONFIG>
        -DLIBRARY_FILE=$<TARGET_FILE_NAME:figura_figura>
        -P ${figura_package_run})
set_tests_properties(figura.package.install PROPERTIES
    LABELS package
    FIXTURES_SETUP figura.package.installed
    TIMEOUT 300)

set(figura_package_cases find_package add_subdirectory)
if(TARGET figura_cli)
    list(APPEND figura_package_cases installed_cli)
endif()
foreach(step IN LISTS figura_package_cases)
    add_test(NAME figura.package.${step}
        COMMAND ${CMAKE_COMMAND} ${figura_package_common}
            -DSTEP=${step}
            -DWORK=${figura_package_dir}/${step}
            -P ${figura_package_run})
    set_tests_properties(figura.package.${step} PROPERTIES LABELS package TIMEOUT 600)
endforeach()
set_tests_properties(figura.package.find_package PROPERTIES FIXTURES_REQUIRED figura.package.installed)
if(TARGET figura_cli)
    set_tests_properties(figura.package.installed_cli PROPERTIES FIXTURES_REQUIRED figura.package.installed)
endif()
# Builds figura's library again from source, so it gets both cores (and ctest -j2 runs nothing beside
# it) and a generous time limit: several minutes on a busy 2-core machine.
set_tests_properties(figura.package.add_subdirectory PROPERTIES PROCESSORS 2 TIMEOUT 1800)

add_test(NAME figura.package.pkg_config
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/consumer/pkg-config.sh
        ${CMAKE_CXX_COMPILER} ${figura_package_prefix} ${CMAKE_INSTALL_LIBDIR}
        ${figura_package_dir}/pkg_config ${PROJECT_VERSION}
        "${CMAKE_CXX_FLAGS} ${CMAKE_EXE_LINKER_FLAGS}")
set_tests_properties(figura.package.pkg_config PROPERTIES
    LABELS package
    FIXTURES_REQUIRED figura.package.installed
    SKIP_RETURN_CODE 77
    TIMEOUT 600)
