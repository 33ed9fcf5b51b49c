# The hostile suite: one ctest per attack file under tests/hostile (see
# tests/hostile/README.md). Each runs run_one.sh, which judges the file and
# checks the verdict and the host's state. RUN_SERIAL: the host checks look at
# machine-wide state (sandbox-uid processes, /tmp, mounts), so no other test
# may judge at the same time.
if(EXISTS ${CMAKE_SOURCE_DIR}/tests/hostile/run_one.sh)
  file(GLOB LC_HOSTILE_ATTACKS CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.c ${CMAKE_SOURCE_DIR}/tests/hostile/*.cpp
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.py ${CMAKE_SOURCE_DIR}/tests/hostile/*.js
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.java ${CMAKE_SOURCE_DIR}/tests/hostile/*.ts
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.go ${CMAKE_SOURCE_DIR}/tests/hostile/*.rs
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.rb ${CMAKE_SOURCE_DIR}/tests/hostile/*.php
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.cs ${CMAKE_SOURCE_DIR}/tests/hostile/*.rkt
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.kt ${CMAKE_SOURCE_DIR}/tests/hostile/*.scala
       ${CMAKE_SOURCE_DIR}/tests/hostile/*.erl ${CMAKE_SOURCE_DIR}/tests/hostile/*.exs)
  # the harness's own helpers are not attacks
  list(FILTER LC_HOSTILE_ATTACKS EXCLUDE REGEX "/(listener|hostcheck)\\.py$")
  foreach(attack ${LC_HOSTILE_ATTACKS})
    get_filename_component(attack_name ${attack} NAME)
    add_test(NAME hostile_${attack_name}
             COMMAND sh ${CMAKE_SOURCE_DIR}/tests/hostile/run_one.sh $<TARGET_FILE:litecode> ${attack})
    set_tests_properties(hostile_${attack_name} PROPERTIES
      TIMEOUT 120
      RUN_SERIAL TRUE
      ENVIRONMENT "LITECODE_SANDBOX_INIT=${CMAKE_BINARY_DIR}/litecode-sandbox-init")
  endforeach()
endif()
