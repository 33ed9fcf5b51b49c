# Every reference submission of every package under tests/packages, tests/function (and the
# bundled problems/ when present) is judged and must match its verdict folder.
file(GLOB LC_JUDGE_PKGS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/packages/* ${CMAKE_SOURCE_DIR}/tests/function/*
     ${CMAKE_SOURCE_DIR}/problems/*)
foreach(pkg ${LC_JUDGE_PKGS})
  if(NOT EXISTS ${pkg}/problem.yaml)
    continue()
  endif()
  get_filename_component(pname ${pkg} NAME)
  file(GLOB subs CONFIGURE_DEPENDS ${pkg}/submissions/*/*)
  foreach(sub ${subs})
    file(RELATIVE_PATH rel ${pkg}/submissions ${sub})
    string(REPLACE "/" "_" tname ${rel})
    add_test(NAME judge_${pname}_${tname}
             COMMAND sh ${CMAKE_SOURCE_DIR}/tests/judge/check_submission.sh
                     $<TARGET_FILE:litecode> ${pkg} ${sub})
    set_tests_properties(judge_${pname}_${tname} PROPERTIES TIMEOUT 300)
  endforeach()
endforeach()
