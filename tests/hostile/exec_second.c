// expect: success
/* A second exec from a running submission: /bin/echo (or anything else) by
 * execve, execveat (by path, by an O_PATH descriptor, by a descriptor moved to
 * the number the run's own exec used), fexecve, posix_spawn, system() and its
 * own binary again. Judged programs never need one: every attempt must fail
 * (EPERM from the run's seccomp filter; the exec descriptor is closed on exec
 * and above RLIMIT_NOFILE, so it cannot be made again). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static int leaks;

static __attribute__((format(printf, 1, 2))) void leak(const char *fmt, ...)
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

/* Runs attempt() in a child; the child exits 99 when the exec call returned
 * (refused). Anything else (the exec'd program ran) is a leak. */
static void try_exec(const char *what, void (*attempt)(void))
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        leak("fork failed: %s", strerror(errno));
        return;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, 1);
        attempt();
        _exit(99);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 99)
        leak("%s: the exec went through (status %d)", what, st);
}

static char *const echo_argv[] = {"/bin/echo", "pwned", NULL};

static void by_execve(void) { execve("/bin/echo", echo_argv, environ); }
static void by_execve_usr(void) { execve("/usr/bin/echo", echo_argv, environ); }
static void by_execve_self(void) { execve("/proc/self/exe", echo_argv, environ); }
static void by_execveat_path(void) { syscall(SYS_execveat, AT_FDCWD, "/bin/echo", echo_argv, environ, 0); }
static void by_execveat_fd(void)
{
    int fd = open("/bin/echo", O_PATH);
    syscall(SYS_execveat, fd, "", echo_argv, environ, AT_EMPTY_PATH);
}
static void by_fexecve(void)
{
    int fd = open("/bin/echo", O_RDONLY);
    fexecve(fd, echo_argv, environ);
}
static void by_exec_fd_number(void)
{
    /* the number the run's own exec used, and every number near it */
    int fd = open("/bin/echo", O_PATH);
    for (int n = 1000; n < 1100; n++) {
        if (dup2(fd, n) == n || fcntl(fd, F_DUPFD, n) == n)
            syscall(SYS_execveat, n, "", echo_argv, environ, AT_EMPTY_PATH);
    }
    for (int n = 0; n < 4096; n++)
        syscall(SYS_execveat, n, "", echo_argv, environ, AT_EMPTY_PATH);
}
static void by_spawn(void)
{
    pid_t p;
    if (posix_spawn(&p, "/bin/echo", NULL, NULL, echo_argv, environ) == 0) {
        int st = 0;
        waitpid(p, &st, 0);
        if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
            _exit(0); /* echo ran */
    }
}
static void by_system(void)
{
    if (system("/bin/echo pwned") == 0)
        _exit(0);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "pwned") == 0)
        return 0; /* this binary again, exec'd by the attack below: that is the leak */
    try_exec("execve /bin/echo", by_execve);
    try_exec("execve /usr/bin/echo", by_execve_usr);
    try_exec("execve /proc/self/exe", by_execve_self);
    try_exec("execveat by path", by_execveat_path);
    try_exec("execveat on an O_PATH fd", by_execveat_fd);
    try_exec("fexecve", by_fexecve);
    try_exec("execveat on the exec descriptor's number", by_exec_fd_number);
    try_exec("posix_spawn", by_spawn);
    try_exec("system()", by_system);
    if (!leaks)
        puts("OK");
    return 0;
}
