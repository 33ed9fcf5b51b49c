/* libFuzzer's entry point, implemented by each target (fuzz_*.c). The same
 * file builds two ways: with clang's -fsanitize=fuzzer (make fuzz) and, with
 * replay.c's main, as a plain ASan+UBSan program that runs a corpus once
 * (make test). */
#ifndef LC_FUZZ_H
#define LC_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
