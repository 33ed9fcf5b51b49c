// expect: success
// pkg: pkg_validator
// Item: the jury's validator (source and binary) was readable and runnable at
// /box/.v during the submission's runs: an oracle. It is closed to them now.
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
    const char *paths[] = {"/box/.v", "/box/.v/src", "/box/.v/src/validate.py", "/box/.v/validator",
                           "/box/.v/feedback"};
    for (int i = 0; i < 5; i++) {
        int fd = open(paths[i], O_RDONLY);
        if (fd >= 0) {
            char b[256];
            ssize_t n = read(fd, b, sizeof b - 1);
            printf("LEAK: opened %s (%zd bytes)\n", paths[i], n);
            return 0;
        }
        if (access(paths[i], X_OK) == 0) {
            printf("LEAK: %s is executable\n", paths[i]);
            return 0;
        }
    }
    DIR *d = opendir("/box");
    struct dirent *de;
    while (d && (de = readdir(d)))
        ;
    if (d)
        closedir(d);
    printf("OK\n");
    return 0;
}
