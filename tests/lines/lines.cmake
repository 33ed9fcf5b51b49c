# A compile error and a run-time error in each language name the user's own
# line (tests/lines/check_line.py): one test per file, judged against the
# bundled pair-with-target problem; PyPy 3 runs the Python files too, g++ the C++ ones.
file(GLOB LC_LINE_SUBS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/lines/compile_error/*
     ${CMAKE_SOURCE_DIR}/tests/lines/runtime_error/*)
foreach(sub ${LC_LINE_SUBS})
  get_filename_component(kind ${sub} DIRECTORY)
  get_filename_component(kind ${kind} NAME)
  get_filename_component(fname ${sub} NAME)
  set(langs "")
  if(fname MATCHES "\\.py$")
    set(langs pypy3)
  elseif(fname MATCHES "\\.cpp$")
    set(langs cpp-gcc)
  endif()
  foreach(l "" ${langs})
    if(l STREQUAL "")
      set(tname lines_${kind}_${fname})
      set(largs "")
    else()
      set(tname lines_${kind}_${fname}_${l})
      set(largs --lang ${l})
    endif()
    add_test(NAME ${tname}
             COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/lines/check_line.py ${largs}
                     $<TARGET_FILE:litecode> ${CMAKE_SOURCE_DIR}/problems/pair-with-target ${sub})
    set_tests_properties(${tname} PROPERTIES TIMEOUT 300)
  endforeach()
endforeach()
