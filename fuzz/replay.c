/* Replays a corpus through one fuzz target, once per file: the regression run
 * of `make test` (built with gcc and ASan+UBSan; no fuzzing engine needed).
 *   fuzz-replay-NAME FILE_OR_DIR...
 * Prints "N inputs" and exits 0, or stops at the first sanitizer report. */
#include "fuzz.h"
#include "util/buf.h"
#include "util/fs.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static size_t replayed;

static int replay_file(const char *path)
{
    lc_buf b;
    lc_buf_init(&b, 64u << 20);
    lc_err e = {0};
    if (lc_read_file(path, &b, &e) != LC_OK) {
        fprintf(stderr, "%s: %s\n", path, e.msg);
        lc_buf_free(&b);
        return -1;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)lc_buf_str(&b), b.len);
    lc_buf_free(&b);
    replayed++;
    return 0;
}

static int replay(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0) {
        perror(path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return replay_file(path);
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    if (n < 0) {
        perror(path);
        return -1;
    }
    int rc = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.' && rc == 0) {
            char sub[4096];
            snprintf(sub, sizeof sub, "%s/%s", path, names[i]->d_name);
            rc = replay(sub);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE_OR_DIR...\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; i++)
        if (replay(argv[i]) < 0)
            return 1;
    if (replayed == 0) {
        fprintf(stderr, "no inputs\n");
        return 1;
    }
    printf("%zu inputs\n", replayed);
    return 0;
}
