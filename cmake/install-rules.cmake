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

install(EXPORT figuraTargets NAMESPACE figura:: DESTINATION ${FIGURA_INSTALL_CMAKEDIR})
configure_package_config_file(cmake/figura-config.cmake.in
    ${PROJECT_BINARY_DIR}/figuraConfig.cmake
    INSTALL_DESTINATION ${FIGURA_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/figuraConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/figuraConfig.cmake ${PROJECT_BINARY_DIR}/figuraConfigVersion.cmake
    DESTINATION ${FIGURA_INSTALL_CMAKEDIR})
