// expect: success
/* Read host files: /etc/shadow, /etc/passwd and friends, /root, /home, /var,
 * /run (where the sandbox keeps its slots), files of the source tree next to
 * the precompiled-header directory the judge binds. The root holds only
 * read-only binds of /usr, /bin, /lib*, three toolchain paths under /etc and
 * that directory: each of these must be absent or empty. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
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
#include <fcntl.h>

static void try_file(const char *p)
{
    int fd = open(p, O_RDONLY);
    if (fd < 0)
        return;
    char b[256];
    ssize_t n = read(fd, b, sizeof b - 1);
    if (n > 0) {
        b[n] = '\0';
        for (ssize_t i = 0; i < n; i++)
            if (b[i] == '\n' || (unsigned char)b[i] < 32)
                b[i] = ' ';
        leak("read %s: %.60s", p, b);
    }
    close(fd);
}

static void try_dir(const char *p)
{
    DIR *d = opendir(p);
    if (!d)
        return;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
            leak("listed %s: %s", p, de->d_name);
            break;
        }
    closedir(d);
}

int main(void)
{
    read_input();
    static const char *files[] = {"/etc/shadow", "/etc/passwd", "/etc/group", "/etc/gshadow",
                                  "/etc/hostname", "/etc/hosts", "/etc/resolv.conf",
                                  "/etc/ssh/ssh_host_rsa_key", "/etc/ssh/ssh_host_ed25519_key",
                                  "/etc/sudoers", "/root/.bash_history", "/root/.ssh/id_rsa",
                                  "/var/log/syslog", "/etc/machine-id", "/var/lib/dbus/machine-id",
                                  /* the judge binds its PCH dir from the build tree: only that */
                                  "/work/main/CMakeLists.txt", "/work/main/build/CMakeCache.txt"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        try_file(files[i]);
    static const char *dirs[] = {"/root", "/home", "/var", "/run", "/run/litecode", "/srv",
                                 "/opt", "/mnt", "/media", "/boot", "/etc/ssh"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
        try_dir(dirs[i]);
    return finish();
}
