// expect: compilation_error success
// Item: `#include "/proc/self/fd/1"` deadlocked cc1 on its own -pipe (40 s at no
// CPU). Compiles run without -pipe and with a wall limit near their CPU limit.
#include <stdio.h>
#include "/proc/self/fd/1"
int main(void) { puts("OK"); return 0; }
