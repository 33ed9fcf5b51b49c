// expect: memory_limit_exceeded
// warm: /usr/lib/jvm/java-17-openjdk-amd64/lib/modules
/* Over both limits: the program's resident memory goes far past the 64 MiB
 * limit (it maps the JDK's 123 MiB modules file, which the harness put in the
 * host's page cache, so the pages count in its resident set without being
 * charged to the slot's cgroup, and nothing OOM-kills it), then it spins until
 * the 1 s CPU limit ends the run. A run whose peak memory went over the limit
 * is Memory Limit Exceeded whatever else it crossed — never TLE, never a
 * verdict that flips between the two from run to run. */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    const char *path = "/usr/lib/jvm/java-17-openjdk-amd64/lib/modules";
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0 || st.st_size < (96 << 20)) {
        printf("LEAK: cannot map %s: the attack needs it\n", path);
        return 0;
    }
    const volatile unsigned char *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
        printf("LEAK: mmap failed\n");
        return 0;
    }
    unsigned long sum = 0;
    for (off_t i = 0; i < st.st_size; i += 4096)
        sum += p[i];
    for (volatile unsigned long spin = 0;; spin += sum | 1)
        ;
}
