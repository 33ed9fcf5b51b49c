# Integration tests of `litecode serve` (the real binary on a random port, a fresh
# --data directory): the HTTP API contract of docs/api.md, and kill -9 during judging.
# Included from tests/tests.cmake. They need root (sandboxes) and python3.
find_program(LC_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT LC_PYTHON3)
  find_program(LC_PYTHON3 NAMES python3)
endif()
if(LC_PYTHON3)
  add_test(NAME api_integration
           COMMAND ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/run_api_tests.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME api_kill_restart
           COMMAND ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/kill_restart.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(api_integration api_kill_restart PROPERTIES
                       TIMEOUT 600 RUN_SERIAL TRUE)
endif()
