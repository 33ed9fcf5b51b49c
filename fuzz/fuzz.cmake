# The fuzzers (fuzz/README.md). Each target builds as a corpus replay (gcc,
# ASan+UBSan; a ctest test: `make test` replays fuzz/corpus/NAME once) and,
# configured with clang and -DLC_FUZZ=ON (`make fuzz`), as a libFuzzer binary.
set(LC_FUZZ_TARGETS frames compare checker package)
foreach(t ${LC_FUZZ_TARGETS})
  add_executable(fuzz-replay-${t} ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${t}.c ${CMAKE_SOURCE_DIR}/fuzz/replay.c)
  target_include_directories(fuzz-replay-${t} PRIVATE ${CMAKE_SOURCE_DIR}/fuzz)
  target_compile_options(fuzz-replay-${t} PRIVATE ${LC_WARN} ${LC_SAN} -O1 -g)
  target_link_libraries(fuzz-replay-${t} PRIVATE lc_asan)
  add_test(NAME fuzz_replay_${t} COMMAND fuzz-replay-${t} ${CMAKE_SOURCE_DIR}/fuzz/corpus/${t})
  set_tests_properties(fuzz_replay_${t} PROPERTIES ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1")
  if(LC_FUZZ)
    add_executable(fuzz-${t} ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${t}.c)
    target_include_directories(fuzz-${t} PRIVATE ${CMAKE_SOURCE_DIR}/fuzz)
    target_compile_options(fuzz-${t} PRIVATE -fsanitize=fuzzer,address,undefined -O1 -g)
    target_link_options(fuzz-${t} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(fuzz-${t} PRIVATE lc_fuzz)
  endif()
endforeach()
