// expect: compilation_error
/* A compile-time resource bomb: #include "/dev/zero" makes the preprocessor
 * read an endless stream. The compile step's own limits (memory, time) must
 * stop it, and it is the submission's fault: Compilation Error, never an
 * internal error (which would be retried and blamed on the platform). */
#include "/dev/zero"
int main(void) { return 0; }
