// expect: compilation_error
/* Read the compiler's own environment at compile time: /proc/self/environ
 * included as C shows its text in the error messages. The compile step must
 * get the sandbox's minimal environment, not the judge's: the harness puts a
 * secret in its own environment and checks it never appears in
 * compile_output. Then /proc/1/environ (the helper's; hidden by hidepid=2). */
#include "/proc/self/environ"
#include "/proc/1/environ"
int main(void) { return 0; }
