# Documentation that must track the code.
add_test(NAME figura.docs.error_ids
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/check-error-ids.cmake)
