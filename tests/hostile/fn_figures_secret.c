// expect: success
// pkg: pkg_func
// check: j["tests"][0]["memory"] is not None and all(t["memory"] is None and t["runtime"] is None for t in j["tests"][1:]) and j["memory"] % 1024 == 0 and round(j["runtime"] * 1000) % 10 == 0
// Item: per-test memory and runtime of secret tests encoded their input (a
// solution allocating s[0]*1 MiB). With `reveal: samples` secret tests show no
// figures and the totals are coarse (10 ms, 1 MiB).
#include <stdlib.h>
#include <string.h>
int secretLength(char* s) {
    size_t mib = (unsigned char)s[9] % 16; /* a byte of the secret */
    char *p = malloc(mib << 20);
    if (p)
        memset(p, 1, mib << 20);
    return (int)strlen(s);
}
