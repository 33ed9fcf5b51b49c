# API tooling tests against the real `litecode serve` (random free port, fresh --data):
#   api_openapi_routes  GET /openapi.json documents exactly the routes of lib/service/routes.c,
#                       and every documented route answers (not the router's 404/405)
#   api_newman          the Postman collection docs/postman/litecode.postman_collection.json,
#                       run with newman (installed from npm into $NEWMAN_DIR, default
#                       /tmp/litecode-newman, on first use; never into the repository)
# They need root (judge sandboxes), python3; api_newman also needs node and npm.
find_program(LC_API_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT LC_API_PYTHON3)
  find_program(LC_API_PYTHON3 NAMES python3)
endif()
find_program(LC_API_SH NAMES sh)
if(LC_API_PYTHON3)
  add_test(NAME api_openapi_routes
           COMMAND ${LC_API_PYTHON3} ${CMAKE_SOURCE_DIR}/tests/api/openapi_routes.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME api_newman
           COMMAND ${LC_API_SH} ${CMAKE_SOURCE_DIR}/tests/api/run_newman.sh $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(api_openapi_routes api_newman PROPERTIES
                       TIMEOUT 900 RUN_SERIAL TRUE)
endif()
