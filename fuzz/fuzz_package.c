/* The package loader: the input is a problem.yaml, loaded from a package
 * directory with one sample test (and a function-problem signature when the
 * YAML has one). Every input either loads or is refused with a message. */
#include "fuzz.h"
#include "judge/package.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

static void put(const char *name, const void *data, size_t len)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        abort();
    if (len && write(fd, data, len) != (ssize_t)len)
        abort();
    close(fd);
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/litecode-fuzz-pkg.XXXXXX");
    if (!mkdtemp(dir))
        abort();
    char path[128];
    snprintf(path, sizeof path, "%s/data", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/data/sample", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/problem_statement", dir);
    mkdir(path, 0755);
    put("data/sample/1.in", "[1,2]\n3\n", 8);
    put("data/sample/1.ans", "[0,1]\n", 6);
    put("problem_statement/problem.en.md", "# T\n\nText.\n", 11);
}

static void teardown(void)
{
    const char *files[] = {"data/sample/1.in", "data/sample/1.ans",
                           "problem_statement/problem.en.md", "problem.yaml"};
    char path[128];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        unlink(path);
    }
    const char *dirs[] = {"data/sample", "data", "problem_statement", ""};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, dirs[i]);
        rmdir(path);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        setup();
        atexit(teardown);
    }
    put("problem.yaml", data, size);
    lc_package *p = NULL;
    lc_err e = {0};
    if (lc_package_load(dir, &p, &e) == LC_OK)
        lc_package_free(p);
    else if (!e.msg[0])
        abort(); /* refused without saying why */
    return 0;
}
