# Documentation that must track the code.
add_test(NAME figura.docs.error_ids
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/check-error-ids.cmake)

# SARIF output against the SARIF 2.1.0 JSON schema (skipped when the validator is not installed).
add_test(NAME figura.sarif.schema
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tools/sarif-validate.sh ${CMAKE_CURRENT_SOURCE_DIR}/golden/check)
set_tests_properties(figura.sarif.schema PROPERTIES SKIP_RETURN_CODE 77)
