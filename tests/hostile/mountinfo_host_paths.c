// expect: success
/* /proc/self/mountinfo shows, for each mount, the path it was bound from on
 * the host. The precompiled-header directory used to be bound from the build
 * directory, so a submission could read where the judge lives. Every bind
 * must come from a neutral path: the same path as inside (/usr, /etc/...), a
 * device node, a fresh filesystem ("/"), or a content-named copy under
 * /run/litecode-ro (the PCH, LeetCode's JavaScript libraries). The harness
 * also fails the test when the build directory appears in the output.
 * Nor may a mount show the host's disk device, its filesystem or its options
 * (directories are read-only overlays, /dev is a small tmpfs of its own). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

int main(void)
{
    int leaks = 0;
    const char *files[] = {"/proc/self/mountinfo", "/proc/1/mountinfo", "/proc/self/mounts",
                           "/proc/self/mountstats"};
    for (size_t k = 0; k < sizeof files / sizeof files[0]; k++) {
        FILE *f = fopen(files[k], "r");
        if (!f)
            continue;
        char line[4096];
        while (fgets(line, sizeof line, f)) {
            if (strstr(line, "/build") || strstr(line, "/work") || strstr(line, "/home") ||
                strstr(line, "/tmp/") || strstr(line, "/run/litecode/")) {
                printf("LEAK: %s: %s", files[k], line);
                leaks++;
            }
            if (k >= 2)
                continue;
            char root[1024], mnt[1024];
            if (sscanf(line, "%*d %*d %*s %1023s %1023s", root, mnt) != 2)
                continue;
            const char *base = strrchr(mnt, '/');
            int neutral = strcmp(root, "/") == 0 || strcmp(root, mnt) == 0 ||
                          (strncmp(mnt, "/dev/", 5) == 0 && base && strcmp(root, base) == 0) ||
                          strncmp(root, "/run/litecode-ro/", 17) == 0;
            if (!neutral) {
                printf("LEAK: %s is bound from %s\n", mnt, root);
                leaks++;
            }
            /* after " - ": the filesystem type, the source, the superblock's
             * options. A bind of a host disk shows the device (/dev/vda) and
             * its options; the host's devtmpfs shows the machine's memory. */
            const char *sep = strstr(line, " - ");
            char fstype[64], source[1024];
            if (!sep || sscanf(sep + 3, "%63s %1023s", fstype, source) != 2)
                continue;
            if (strcmp(fstype, "tmpfs") != 0 && strcmp(fstype, "overlay") != 0 &&
                strcmp(fstype, "proc") != 0) {
                printf("LEAK: %s is a host %s from %s\n", mnt, fstype, source);
                leaks++;
            } else if (strncmp(source, "/dev/", 5) == 0) {
                printf("LEAK: %s names the host device %s\n", mnt, source);
                leaks++;
            }
        }
        fclose(f);
    }
    if (!leaks)
        puts("OK");
    return 0;
}
