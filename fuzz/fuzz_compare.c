/* The answer comparison of function problems: "EXPECTED\nACTUAL", both JSON,
 * compared in every mode (exact, unordered, unordered-all, float) and checked
 * against every type. The comparison must be symmetric, and each mode at least
 * as lenient as the one before: exact => unordered => unordered-all. */
#include "fuzz.h"
#include "judge/signature.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *nl = memchr(text, '\n', size);
    if (!nl)
        return 0;
    json_error_t je;
    json_t *a = json_loadb(text, (size_t)(nl - text), JSON_DECODE_ANY, &je);
    json_t *b = json_loadb(nl + 1, size - (size_t)(nl - text) - 1, JSON_DECODE_ANY, &je);
    if (a && b) {
        bool ex = lc_answer_equal(LC_CMP_EXACT, a, b);
        bool un = lc_answer_equal(LC_CMP_UNORDERED, a, b);
        bool all = lc_answer_equal(LC_CMP_UNORDERED_ALL, a, b);
        (void)lc_answer_equal(LC_CMP_FLOAT, a, b);
        if (ex != lc_answer_equal(LC_CMP_EXACT, b, a) ||
            un != lc_answer_equal(LC_CMP_UNORDERED, b, a) ||
            all != lc_answer_equal(LC_CMP_UNORDERED_ALL, b, a) || (ex && !un) || (un && !all))
            abort();
        for (int t = 0; t < LC_T_COUNT; t++)
            (void)lc_type_check_value((lc_type)t, a, NULL, 0);
    }
    json_decref(a);
    json_decref(b);
    return 0;
}
