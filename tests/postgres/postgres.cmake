# The PostgreSQL store against a real server of its own (tests/postgres/with_postgres.sh):
#   unit_store_test_store_{plain,asan}_postgres   every store unit test on PostgreSQL
#   api_integration_postgres                      the API suite with `--store postgresql://...`
find_program(LC_PG_INITDB NAMES initdb PATHS /usr/lib/postgresql/15/bin /usr/lib/postgresql/16/bin
             /usr/lib/postgresql/17/bin NO_DEFAULT_PATH)
if(LC_PG_INITDB AND LC_PYTHON3)
  set(_wp ${CMAKE_CURRENT_LIST_DIR}/with_postgres.sh)
  foreach(variant plain asan)
    add_test(NAME unit_store_test_store_${variant}_postgres
             COMMAND sh ${_wp} $<TARGET_FILE:unit_store_test_store_${variant}> --jobs 1)
    set_tests_properties(unit_store_test_store_${variant}_postgres PROPERTIES
                         ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1" TIMEOUT 300)
  endforeach()
  add_test(NAME api_integration_postgres
           COMMAND sh ${_wp} ${LC_PYTHON3} ${CMAKE_SOURCE_DIR}/tests/integration/run_api_tests.py
                   $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(api_integration_postgres PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
else()
  message(WARNING "PostgreSQL's server or python3 not found: the PostgreSQL tests are not registered")
endif()
