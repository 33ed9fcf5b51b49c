// expect: success
/* Inventory of the sandbox's root: walk the whole tree (without following
 * symlinks), skipping the documented read-only binds (/usr, /bin, /sbin,
 * /lib*, /etc/alternatives, /etc/java-17-openjdk, /etc/mono, /etc/racket), /proc, /dev,
 * /tmp and
 * /box. Anything else that holds a regular file (other than /etc/ld.so.cache
 * and what the judge binds at /litecode/pch: the precompiled headers *.gch, *.pch and
 * the C++ driver runtime lc_cpp_runtime.o; at /litecode/js: LeetCode's
 * JavaScript libraries as npm installed them; at /litecode/ts: TypeScript's
 * compiler and lc_globals.d.ts; at /litecode/rust/bin and /litecode/rust/lib:
 * the Rust toolchain's binaries and libraries) is host content the program
 * should not see. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The test input (see tests/hostile/run_one.sh). */
static int port, hostpid, testno = 1;
static char canary[4096];
static int leaks;

static __attribute__((unused)) void read_input(void)
{
    char line[4200];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (sscanf(line, "PORT %d", &port) == 1 || sscanf(line, "HOSTPID %d", &hostpid) == 1 ||
            sscanf(line, "TEST %d", &testno) == 1)
            continue;
        if (strncmp(line, "CANARY ", 7) == 0)
            snprintf(canary, sizeof canary, "%.4000s", line + 7);
    }
}

/* The attack got through: say what happened (the output is then not OK). */
static __attribute__((unused, format(printf, 1, 2))) void leak(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("LEAK: ");
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    fflush(stdout);
    leaks++;
}

/* OK when every attempt failed as it must. */
static __attribute__((unused)) int finish(void)
{
    if (!leaks)
        puts("OK");
    return 0;
}

#include <dirent.h>
#include <sys/stat.h>

static const char *skip[] = {"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
                             "/etc/alternatives", "/etc/java-17-openjdk", "/etc/mono", "/etc/racket",
                             "/proc", "/dev", "/tmp",
                             "/box", NULL};

static int visited;

static void walk(const char *dir)
{
    if (++visited > 5000)
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
            continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", strcmp(dir, "/") ? dir : "", de->d_name);
        int skipped = 0;
        for (int i = 0; skip[i]; i++)
            if (!strcmp(p, skip[i]))
                skipped = 1;
        if (skipped)
            continue;
        struct stat st;
        if (lstat(p, &st) < 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            walk(p);
        } else if (S_ISREG(st.st_mode)) {
            size_t l = strlen(p);
            bool judge_file = strncmp(p, "/litecode/pch/", 14) == 0 &&
                              ((l > 4 && !strcmp(p + l - 4, ".gch")) ||
                               (l > 4 && !strcmp(p + l - 4, ".pch")) ||
                               !strcmp(p, "/litecode/pch/lc_cpp_runtime.o"));
            /* LeetCode's JavaScript libraries (docs/languages.md): npm's tree of them */
            bool js_file = !strcmp(p, "/litecode/js/package.json") ||
                           !strcmp(p, "/litecode/js/package-lock.json") ||
                           !strcmp(p, "/litecode/js/node_modules/.package-lock.json") ||
                           !strncmp(p, "/litecode/js/node_modules/lodash/", 33) ||
                           !strncmp(p, "/litecode/js/node_modules/@datastructures-js/", 45);
            /* TypeScript's compiler (npm's tree of it) and LiteCode's TypeScript globals */
            bool ts_file = !strcmp(p, "/litecode/ts/package.json") ||
                           !strcmp(p, "/litecode/ts/package-lock.json") ||
                           !strcmp(p, "/litecode/ts/lc_globals.d.ts") ||
                           !strcmp(p, "/litecode/ts/node_modules/.package-lock.json") ||
                           !strncmp(p, "/litecode/ts/node_modules/typescript/", 37);
            /* the Rust toolchain's bin/ and lib/ (rustc, LLVM, the standard library) */
            bool rust_file = !strncmp(p, "/litecode/rust/bin/", 19) ||
                             !strncmp(p, "/litecode/rust/lib/", 19);
            if (strcmp(p, "/etc/ld.so.cache") && !judge_file && !js_file && !ts_file &&
                !rust_file)
                leak("host file visible: %s (%lld bytes)", p, (long long)st.st_size);
        } else if (!S_ISLNK(st.st_mode)) {
            leak("special file visible: %s (mode %o)", p, (unsigned)st.st_mode);
        }
    }
    closedir(d);
}

int main(void)
{
    read_input();
    walk("/");
    return finish();
}
