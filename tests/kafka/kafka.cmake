# The Kafka queue against a Kafka-protocol cluster (there is no broker in Debian):
#   litecode-kafka-mock         librdkafka's mock cluster held by a process of its own
#   api_integration_kafka       the API suite with LITECODE_QUEUE=kafka://... (the
#                               workers and the results consumer go through it)
# (the queue's unit tests, tests/unit/queue/test_queue_kafka.c, hold a mock cluster
# in their own process)
add_executable(litecode-kafka-mock ${CMAKE_CURRENT_LIST_DIR}/kafka_mock.c)
target_compile_options(litecode-kafka-mock PRIVATE ${LC_WARN})
target_link_libraries(litecode-kafka-mock PRIVATE PkgConfig::RDKAFKA)
if(LC_PYTHON3)
  add_test(NAME api_integration_kafka
           COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/with_kafka.sh $<TARGET_FILE:litecode-kafka-mock>
                   ${LC_PYTHON3} ${CMAKE_SOURCE_DIR}/tests/integration/run_api_tests.py
                   $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(api_integration_kafka PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
endif()
