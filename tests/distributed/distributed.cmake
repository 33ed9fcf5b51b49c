# The distributed deployment in processes: `litecode api` + two `litecode worker`
# on PostgreSQL, Redis and the Kafka-protocol mock cluster (tests/distributed/distributed.py)
if(LC_PG_INITDB AND LC_REDIS_SERVER AND LC_PYTHON3 AND TARGET litecode-kafka-mock)
  add_test(NAME distributed_api_workers
           COMMAND sh ${CMAKE_SOURCE_DIR}/tests/postgres/with_postgres.sh
                   sh ${CMAKE_SOURCE_DIR}/tests/redis/with_redis.sh
                   sh ${CMAKE_SOURCE_DIR}/tests/kafka/with_kafka.sh $<TARGET_FILE:litecode-kafka-mock>
                   ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/distributed.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(distributed_api_workers PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE)
else()
  message(WARNING "PostgreSQL, redis-server or python3 missing: the distributed test is not registered")
endif()
# 500 submissions while a worker, the API process and Redis are SIGKILLed at random and restarted
if(LC_PG_INITDB AND LC_REDIS_SERVER AND LC_PYTHON3 AND TARGET litecode-kafka-mock)
  add_test(NAME distributed_fault
           COMMAND sh ${CMAKE_SOURCE_DIR}/tests/postgres/with_postgres.sh
                   sh ${CMAKE_SOURCE_DIR}/tests/redis/with_redis.sh
                   sh ${CMAKE_SOURCE_DIR}/tests/kafka/with_kafka.sh $<TARGET_FILE:litecode-kafka-mock>
                   ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/fault.py $<TARGET_FILE:litecode> 500
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(distributed_fault PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE)
endif()
