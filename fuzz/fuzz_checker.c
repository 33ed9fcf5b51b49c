/* The default output checker (Kattis's default validator): "FLAGS\0EXPECTED\0
 * OUTPUT" — validator_flags text, then the answer and the program's output,
 * which may hold any bytes. A checker that accepts must accept the answer
 * compared with itself. */
#include "fuzz.h"
#include "judge/checker.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *z1 = memchr(text, '\0', size);
    if (!z1)
        return 0;
    const char *exp = z1 + 1;
    size_t rest = size - (size_t)(exp - text);
    const char *z2 = memchr(exp, '\0', rest);
    if (!z2)
        return 0;
    size_t elen = (size_t)(z2 - exp);
    const char *out = z2 + 1;
    size_t olen = rest - elen - 1;
    lc_check_flags f;
    lc_err e = {0};
    char flags[512];
    size_t fl = (size_t)(z1 - text) < sizeof flags - 1 ? (size_t)(z1 - text) : sizeof flags - 1;
    memcpy(flags, text, fl);
    flags[fl] = '\0';
    if (lc_check_flags_parse(flags, &f, &e) != LC_OK)
        lc_check_flags_parse(NULL, &f, &e);
    char why[256];
    (void)lc_check_output(exp, elen, out, olen, &f, why, sizeof why);
    (void)lc_check_output(exp, elen, out, olen, NULL, NULL, 0);
    if (!lc_check_output(exp, elen, exp, elen, &f, why, sizeof why))
        abort(); /* an answer must be accepted as its own output */
    return 0;
}
