// expect: compilation_error
/* Read host files at compile time: the compiler runs in the sandbox too, so
 * #include of /etc/shadow must fail ("No such file") instead of printing the
 * host's password hashes in the compiler's message. The harness checks that
 * no host secret (canary, /etc/passwd, /etc/shadow, the harness's environment)
 * appears in compile_output. */
#include "/etc/passwd"
#include "/etc/shadow"
int main(void) { return 0; }
