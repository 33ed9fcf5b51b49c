/* A function (LeetCode-style) submission judged end to end — driver
 * generation, compile, one run for every test, comparison — with its
 * breakdown: compile, start-up (run wall time not spent in calls) and
 * per-test time. Baseline in the same run: a bare exec, outside the sandbox,
 * of the language's "hello" (compiled on the host first for C, C++, Go,
 * Rust and Java; python3 -c, node -e), so the judge's time can be read
 * against the language's own floor.
 *   litecode-bench-function [--lang ID] PROBLEM_DIR SOURCE [ROUNDS] */
#include "bench.h"
#include "judge/judge.h"
#include "util/buf.h"
#include "util/fs.h"

#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double bare_ms(char *const argv[], int rounds)
{
    double *t = calloc((size_t)rounds, sizeof *t);
    for (int i = 0; i < rounds; i++) {
        double t0 = now_ms();
        pid_t pid;
        if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) == 0)
            waitpid(pid, NULL, 0);
        t[i] = now_ms() - t0;
    }
    double m = median(t, rounds);
    free(t);
    return m;
}

/* Runs a shell command (building the hello program); 0 when it worked. */
static int sh(const char *cmd)
{
    char *argv[] = {"/bin/sh", "-c", (char *)cmd, NULL};
    pid_t pid;
    int st = 0;
    if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) != 0 || waitpid(pid, &st, 0) < 0)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* The language's bare "hello", built in dir; argv filled (static storage).
 * False when this host cannot build it. */
static bool hello_argv(const lc_lang *lang, const char *dir, char **argv)
{
    static char exe[512], cp[512], cmd[2048];
    const char *id = lang->id;
    snprintf(exe, sizeof exe, "%s/hello", dir);
    if (!strcmp(id, "python")) {
        argv[0] = "/usr/bin/python3", argv[1] = "-I", argv[2] = "-c", argv[3] = "print('hello')";
        argv[4] = NULL;
        return true;
    }
    if (!strcmp(id, "pypy3")) {
        argv[0] = "/usr/bin/pypy3", argv[1] = "-c", argv[2] = "print('hello')", argv[3] = NULL;
        return true;
    }
    if (!strcmp(id, "php")) {
        argv[0] = "/usr/bin/php", argv[1] = "-r", argv[2] = "echo 'hello', PHP_EOL;", argv[3] = NULL;
        return true;
    }
    if (!strcmp(id, "racket")) {
        argv[0] = "/usr/bin/racket", argv[1] = "-l", argv[2] = "racket", argv[3] = "-e";
        argv[4] = "(displayln \"hello\")", argv[5] = NULL;
        return true;
    }
    if (!strcmp(id, "erlang")) { /* erl (a script: erlexec, then the VM) */
        argv[0] = "/usr/bin/erl", argv[1] = "-noshell", argv[2] = "-eval";
        argv[3] = "io:format(\"hello~n\"), halt().", argv[4] = NULL;
        return true;
    }
    if (!strcmp(id, "elixir")) { /* elixir (a script: erl, erlexec, then the VM) */
        argv[0] = "/usr/bin/elixir", argv[1] = "-e", argv[2] = "IO.puts(\"hello\")";
        argv[3] = NULL;
        return true;
    }
    if (!strcmp(id, "ruby")) {
        argv[0] = "/usr/bin/ruby", argv[1] = "-e", argv[2] = "puts 'hello'", argv[3] = NULL;
        return true;
    }
    if (!strcmp(id, "javascript") || !strcmp(id, "typescript")) {
        argv[0] = "/usr/bin/node", argv[1] = "-e", argv[2] = "console.log('hello')", argv[3] = NULL;
        return true;
    }
    if (!strcmp(id, "java")) {
        snprintf(cmd, sizeof cmd,
                 "printf 'class Hello { public static void main(String[] a) { "
                 "System.out.println(\"hello\"); } }' > %s/Hello.java && javac -d %s %s/Hello.java",
                 dir, dir, dir);
        snprintf(cp, sizeof cp, "%s", dir);
        argv[0] = "/usr/bin/java", argv[1] = "-Xshare:auto", argv[2] = "-XX:+UseSerialGC";
        argv[3] = "-cp", argv[4] = cp, argv[5] = "Hello", argv[6] = NULL;
        return sh(cmd) == 0;
    }
    if (!strcmp(id, "kotlin")) {
        snprintf(cmd, sizeof cmd,
                 "printf 'fun main() { println(\"hello\") }' > %s/hello.kt && kotlinc %s/hello.kt -d %s "
                 "2>/dev/null",
                 dir, dir, dir);
        snprintf(cp, sizeof cp, "%s:/usr/share/kotlin/kotlinc/lib/kotlin-stdlib.jar", dir);
        argv[0] = "/usr/bin/java", argv[1] = "-Xshare:auto", argv[2] = "-XX:+UseSerialGC";
        argv[3] = "-cp", argv[4] = cp, argv[5] = "HelloKt", argv[6] = NULL;
        return sh(cmd) == 0;
    }
    if (!strcmp(id, "scala")) {
        snprintf(cmd, sizeof cmd,
                 "printf 'object Main { def main(a: Array[String]): Unit = println(\"hello\") }' > "
                 "%s/hello.scala && scalac -d %s %s/hello.scala 2>/dev/null",
                 dir, dir, dir);
        snprintf(cp, sizeof cp, "%s:/usr/share/scala-2.11/lib/scala-library.jar", dir);
        argv[0] = "/usr/bin/java", argv[1] = "-Xshare:auto", argv[2] = "-XX:+UseSerialGC";
        argv[3] = "-cp", argv[4] = cp, argv[5] = "Main", argv[6] = NULL;
        return sh(cmd) == 0;
    }
    if (!strcmp(id, "c") || !strcmp(id, "cpp") || !strcmp(id, "cpp-gcc"))
        snprintf(cmd, sizeof cmd,
                 "printf '#include <stdio.h>\nint main(void) { puts(\"hello\"); return 0; }\n' "
                 "> %s/hello.c && gcc -O2 -o %s %s/hello.c",
                 dir, exe, dir);
    else if (!strcmp(id, "golang"))
        snprintf(cmd, sizeof cmd,
                 "cd %s && printf 'package main\nimport \"fmt\"\nfunc main() { "
                 "fmt.Println(\"hello\") }\n' > hello.go && go build -o hello hello.go",
                 dir);
    else if (!strcmp(id, "csharp")) {
        snprintf(cmd, sizeof cmd,
                 "printf 'class Hello { static void Main() { System.Console.WriteLine(\"hello\"); } }' "
                 "> %s/hello.cs && mcs -out:%s/hello.exe %s/hello.cs >/dev/null",
                 dir, dir, dir);
        snprintf(cp, sizeof cp, "%s/hello.exe", dir);
        argv[0] = "/usr/bin/mono", argv[1] = cp, argv[2] = NULL;
        return sh(cmd) == 0;
    } else if (!strcmp(id, "rust"))
        snprintf(cmd, sizeof cmd,
                 "printf 'fn main() { println!(\"hello\"); }\n' > %s/hello.rs && "
                 "r=${LITECODE_RUST_DIR:-$HOME/.rustup/toolchains/stable-x86_64-unknown-linux-gnu}"
                 "/bin/rustc; [ -x \"$r\" ] || r=rustc; \"$r\" -C opt-level=2 -o %s %s/hello.rs",
                 dir, exe, dir);
    else
        return false;
    argv[0] = exe, argv[1] = NULL;
    return sh(cmd) == 0;
}

int main(int argc, char **argv)
{
    /* --lang ID: a language other than the extension's (cpp-gcc beside clang's cpp) */
    const char *lang_id = NULL;
    if (argc > 2 && strcmp(argv[1], "--lang") == 0) {
        lang_id = argv[2];
        argc -= 2;
        argv += 2;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: litecode-bench-function [--lang ID] PROBLEM_DIR SOURCE [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? atoi(argv[3]) : 9;
    if (rounds < 3)
        rounds = 3;
    lc_err e = {0};
    lc_package *p;
    if (lc_package_load(argv[1], &p, &e)) {
        fprintf(stderr, "%s\n", e.msg);
        return 1;
    }
    const lc_lang *lang = lang_id ? lc_lang_find(lang_id) : lc_lang_from_path(argv[2]);
    lc_buf src;
    lc_buf_init(&src, LC_JUDGE_SOURCE_MAX);
    if (!lang || lc_read_file(argv[2], &src, &e)) {
        fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    lc_judge_opts opts = {0};
    lc_sbx_config cfg = {.slot = -1, .ro_paths = lc_judge_sandbox_paths(&opts),
                         .ro_targets = lc_judge_sandbox_targets()};
    lc_sbx *s;
    if (lc_sbx_open(&cfg, &s, &e)) {
        fprintf(stderr, "sandbox: %s\n", e.msg);
        return 1;
    }
    double *total = calloc((size_t)rounds, sizeof(double));
    double *compile = calloc((size_t)rounds, sizeof(double));
    double *run = calloc((size_t)rounds, sizeof(double));
    double *calls = calloc((size_t)rounds, sizeof(double));
    for (int r = 0; r < rounds; r++) {
        lc_judge_result res;
        double t0 = now_ms();
        lc_judge_run(s, p, lang, src.data, src.len, &opts, &res, &e);
        total[r] = now_ms() - t0;
        if (res.verdict != LC_V_AC) {
            fprintf(stderr, "verdict %s: %s %s\n", lc_verdict_result(res.verdict),
                    res.error ? res.error : "", res.compile_output ? res.compile_output : "");
            return 1;
        }
        compile[r] = (double)res.compile_us / 1e3;
        run[r] = total[r] - compile[r];
        double c = 0;
        for (size_t i = 0; i < res.ntests; i++)
            c += (double)res.tests[i].cpu_us / 1e3;
        calls[r] = c;
        lc_judge_result_free(&res);
    }
    double mt = median(total, rounds), mc = median(compile, rounds);
    double mr = median(run, rounds), ml = median(calls, rounds);
    printf("function submission (%s), %zu tests, %d rounds (medians)\n", lang->id, p->ntests, rounds);
    printf("  judged end to end               %8.1f ms\n", mt);
    printf("    generate + compile (sandbox)  %8.1f ms\n", mc);
    printf("    run + compare (sandbox)       %8.1f ms\n", mr);
    printf("      start-up (run - calls)      %8.1f ms\n", mr - ml);
    printf("      calls, all tests            %8.3f ms  (%.4f ms per test)\n", ml,
           ml / (double)p->ntests);
    char dir[] = "/tmp/litecode-bench-hello.XXXXXX", *hello[8];
    if (mkdtemp(dir) && hello_argv(lang, dir, hello)) {
        double b = bare_ms(hello, rounds * 3);
        printf("  baseline: bare hello (%s)      %8.1f ms  (run + compare / bare hello: %.1fx; "
               "judged end to end / bare hello: %.1fx)\n",
               lang->id, b, mr / b, mt / b);
    } else {
        printf("  baseline: no hello could be built for %s here\n", lang->id);
    }
    char rm[128];
    snprintf(rm, sizeof rm, "rm -rf %s", dir);
    sh(rm);
    lc_sbx_close(s);
    lc_package_free(p);
    lc_buf_free(&src);
    free(total);
    free(compile);
    free(run);
    free(calls);
    return 0;
}
