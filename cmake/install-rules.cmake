# `cmake --install`: headers, the library, the figura tool, the rates the library embeds, the docs,
# a CMake package (find_package(figura 0.1 CONFIG)) and figura.pc. docs/install.md lists what goes where.
include(CMakePackageConfigHelpers)

set(FIGURA_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/figura"
    CACHE STRING "Where figura's CMake package files go")

install(TARGETS figura_figura EXPORT figuraTargets
    ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/figura DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.hpp")
install(FILES ${PROJECT_BINARY_DIR}/include/figura/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/figura)
if(TARGET figura_cli)
    install(TARGETS figura_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# The library embeds rates/*.figrates when it is built and never reads these copies: they are for
# people who want to read the shipped rates or diff them against their own.
install(DIRECTORY rates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/figura/rates
    FILES_MATCHING PATTERN "*.figrates" PATTERN "README.md")

# The docs keep the source tree's layout (README.md beside docs/) so their relative links still work.
file(GLOB figura_doc_pages CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${figura_doc_pages} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(DIRECTORY docs/schema DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
# README.md and docs/*.md link to rates/README.md (the data format, sources and attribution).
install(FILES rates/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/rates)

# CMake package. A static libfigura carries its private dependencies (ICU) in its link interface as
# $<LINK_ONLY:...>, so the config must find them too; a shared one needs only the public Boost headers.
get_target_property(figura_library_type figura_figura TYPE)
if(figura_library_type STREQUAL "STATIC_LIBRARY")
    set(FIGURA_CONFIG_STATIC ON)
else()
    set(FIGURA_CONFIG_STATIC OFF)
endif()
install(EXPORT figuraTargets NAMESPACE figura:: DESTINATION ${FIGURA_INSTALL_CMAKEDIR})
configure_package_config_file(cmake/figura-config.cmake.in
    ${PROJECT_BINARY_DIR}/figuraConfig.cmake
    INSTALL_DESTINATION ${FIGURA_INSTALL_CMAKEDIR})
# 0.x: a minor version may break the API, so 0.1 accepts 0.1.* only.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/figuraConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/figuraConfig.cmake ${PROJECT_BINARY_DIR}/figuraConfigVersion.cmake
    DESTINATION ${FIGURA_INSTALL_CMAKEDIR})

# pkg-config. Paths are relative to the .pc file (${pcfiledir}) when the install dirs are relative, so
# `cmake --install --prefix` anywhere (and moving the tree afterwards) still gives a correct file.
# ICU goes into Requires for a static library, which cannot link without it even when the caller
# forgets --static, and into Requires.private for a shared one. Boost (headers only) has no .pc file;
# Debian installs it in /usr/include.
set(FIGURA_PC_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
if(IS_ABSOLUTE "${FIGURA_PC_INSTALL_DIR}")
    set(FIGURA_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
    file(RELATIVE_PATH figura_pc_up "/root/${FIGURA_PC_INSTALL_DIR}" "/root")
    string(REGEX REPLACE "/$" "" figura_pc_up "${figura_pc_up}")
    set(FIGURA_PC_PREFIX "\${pcfiledir}/${figura_pc_up}")
endif()
foreach(dir IN ITEMS INCLUDEDIR LIBDIR)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
        set(FIGURA_PC_${dir} "${CMAKE_INSTALL_${dir}}")
    else()
        set(FIGURA_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
    endif()
endforeach()
if(FIGURA_CONFIG_STATIC)
    set(FIGURA_PC_REQUIRES "Requires: icu-uc icu-i18n")
else()
    set(FIGURA_PC_REQUIRES "Requires.private: icu-uc icu-i18n")
endif()
configure_file(cmake/figura.pc.in ${PROJECT_BINARY_DIR}/figura.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/figura.pc DESTINATION ${FIGURA_PC_INSTALL_DIR})
