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

# PyPy 3 judges Python references too (the same source, another implementation
# of the language): every round trip and driver-noise solution, the sum
# package's stdin programs, and the main reference of 15 bundled problems, two
# wrong answers and an exponential recursion that stays a TLE even with PyPy's
# JIT (which makes CPython's other TLE references fast enough to pass).
file(GLOB LC_PYPY_SUBS CONFIGURE_DEPENDS
     ${CMAKE_SOURCE_DIR}/tests/function/*/submissions/*/*.py
     ${CMAKE_SOURCE_DIR}/tests/packages/sum/submissions/*/*.py)
foreach(p pair-with-target bracket-balance clean-palindrome reverse-chain merge-sorted-chains
          tree-height mirror-tree count-islands edit-steps move-zeros-to-end rotate-square-grid
          all-subsets anagram-groups zero-sum-triplets warmer-days-ahead)
  list(APPEND LC_PYPY_SUBS ${CMAKE_SOURCE_DIR}/problems/${p}/submissions/accepted/solution.py)
endforeach()
list(APPEND LC_PYPY_SUBS
     ${CMAKE_SOURCE_DIR}/problems/pair-with-target/submissions/wrong_answer/overwrite_index.py
     ${CMAKE_SOURCE_DIR}/problems/edit-steps/submissions/wrong_answer/no_replace.py
     ${CMAKE_SOURCE_DIR}/problems/staircase-ways/submissions/time_limit_exceeded/plain_recursion.py)
foreach(sub ${LC_PYPY_SUBS})
  if(NOT EXISTS ${sub})
    message(FATAL_ERROR "PyPy reference missing: ${sub}")
  endif()
  string(REGEX REPLACE "/submissions/.*$" "" pkg ${sub})
  get_filename_component(pname ${pkg} NAME)
  file(RELATIVE_PATH rel ${pkg}/submissions ${sub})
  string(REPLACE "/" "_" tname ${rel})
  add_test(NAME judge_pypy3_${pname}_${tname}
           COMMAND sh ${CMAKE_SOURCE_DIR}/tests/judge/check_submission.sh --lang pypy3
                   $<TARGET_FILE:litecode> ${pkg} ${sub})
  set_tests_properties(judge_pypy3_${pname}_${tname} PROPERTIES TIMEOUT 300)
endforeach()
