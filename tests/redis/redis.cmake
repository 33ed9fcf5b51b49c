# The Redis cache against a real redis-server of its own (tests/redis/with_redis.sh):
#   unit_cache_test_cache_{plain,asan}_redis  every cache unit test on Redis
#   api_integration_redis                     the whole API suite with `--cache redis://...`
#   api_redis_outage                          Redis killed and restarted under a running server
find_program(LC_REDIS_SERVER redis-server)
if(LC_REDIS_SERVER AND LC_PYTHON3)
  set(_wr ${CMAKE_CURRENT_LIST_DIR}/with_redis.sh)
  foreach(variant plain asan)
    add_test(NAME unit_cache_test_cache_${variant}_redis
             COMMAND sh ${_wr} $<TARGET_FILE:unit_cache_test_cache_${variant}> --jobs 1)
    set_tests_properties(unit_cache_test_cache_${variant}_redis PROPERTIES
                         ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1" TIMEOUT 120)
  endforeach()
  add_test(NAME api_integration_redis
           COMMAND sh ${_wr} ${LC_PYTHON3} ${CMAKE_SOURCE_DIR}/tests/integration/run_api_tests.py
                   $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME api_redis_outage
           COMMAND sh ${_wr} ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/redis_outage.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(api_integration_redis api_redis_outage PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
else()
  message(WARNING "redis-server or python3 not found: the Redis tests are not registered")
endif()
