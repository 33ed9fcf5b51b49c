// expect: success
// submount: /usr/games
/* A host mount below a read-only bind: the harness mounts a writable tmpfs
 * (suid, dev, exec) on /usr/games in the judge's own mount namespace, so the
 * sandbox's recursive bind of /usr carries it in. Binding /usr read-only
 * remounted only the top mount before: the submount kept rw, suid and dev
 * inside the sandbox. Now every mount under /usr (and every read-only bind)
 * must be ro, nosuid and nodev, and writing there must fail. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int leaks;

static int has_opt(const char *opts, const char *opt)
{
    size_t n = strlen(opt);
    for (const char *p = opts; (p = strstr(p, opt)); p += n)
        if ((p == opts || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
            return 1;
    return 0;
}

int main(void)
{
    FILE *f = fopen("/proc/self/mountinfo", "r");
    if (!f) {
        printf("LEAK: no /proc/self/mountinfo to check\n");
        return 0;
    }
    char line[4096];
    int saw_sub = 0;
    while (fgets(line, sizeof line, f)) {
        char root[1024], mnt[1024], opts[1024];
        if (sscanf(line, "%*d %*d %*s %1023s %1023s %1023s", root, mnt, opts) != 3)
            continue;
        if (strcmp(mnt, "/usr/games") == 0)
            saw_sub = 1;
        int ro_bind = strncmp(mnt, "/usr", 4) == 0 || strncmp(mnt, "/etc", 4) == 0 ||
                      strncmp(mnt, "/lib", 4) == 0 || strncmp(mnt, "/bin", 4) == 0 ||
                      strncmp(mnt, "/litecode", 9) == 0 || strcmp(mnt, "/") == 0;
        if (!ro_bind)
            continue;
        if (!has_opt(opts, "ro") || !has_opt(opts, "nosuid") || !has_opt(opts, "nodev")) {
            printf("LEAK: %s is mounted %s\n", mnt, opts);
            leaks++;
        }
    }
    fclose(f);
    int fd = open("/usr/games/lcpwn-written", O_WRONLY | O_CREAT, 0644);
    if (fd >= 0) {
        printf("LEAK: wrote /usr/games/lcpwn-written\n");
        leaks++;
        close(fd);
    }
    if (saw_sub && access("/usr/games/lcpwn-file", F_OK) != 0) {
        printf("LEAK: the submount is there but not its file (%s)\n", strerror(errno));
        leaks++;
    }
    if (!leaks)
        puts("OK");
    return 0;
}
