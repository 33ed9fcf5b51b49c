# Integration tests of `litecode serve` (the real binary on a random port, a fresh
# --data directory): the HTTP API contract of docs/api.md, and kill -9 during judging;
# and of two sandbox slots side by side (sandbox_cpu_share).
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
  # a job over its budget: Internal Error, a log line, and the worker goes on
  add_test(NAME api_job_budget
           COMMAND ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/job_budget.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  # `litecode import` of .zip / .tar.gz archives, hostile ones included
  add_test(NAME import_archive
           COMMAND ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/import_archive.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(import_archive PROPERTIES TIMEOUT 300)
  set_tests_properties(api_integration api_kill_restart api_job_budget PROPERTIES
                       TIMEOUT 600 RUN_SERIAL TRUE)
  # two `litecode judge` at once, in two slots: one slot's 63 busy threads must
  # not starve the other's run (each slot has a CPU share of its own)
  add_test(NAME sandbox_cpu_share
           COMMAND ${LC_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/cpu_share.py $<TARGET_FILE:litecode>
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(sandbox_cpu_share PROPERTIES
    TIMEOUT 180 RUN_SERIAL TRUE
    ENVIRONMENT "LITECODE_SANDBOX_INIT=${CMAKE_BINARY_DIR}/litecode-sandbox-init")
endif()
