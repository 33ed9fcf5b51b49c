/* LeetCode-style function signatures (a package's `function:` block) and the
 * protocol between the judge and the generated drivers.
 *
 * Driver protocol (every language's driver follows it exactly)
 * -------------------------------------------------------------
 * stdin:  the first line is T, the number of tests; then, per test, exactly
 *         nparams lines, each one JSON value (the test's .in file as is).
 *         The driver reads all of stdin before it calls user code, then makes
 *         stdin empty (/dev/null), so a solution that reads stdin sees EOF.
 * fd 3:   the driver's answer channel. After each call it writes one frame:
 *             "#LC <index> <cpu_us> <length>\n" <length bytes of JSON> "\n"
 *         index counts from 0, cpu_us is the CPU time of that call, the JSON
 *         is the return value (or the final value of the `output` parameter
 *         of a void function) serialized as LeetCode shows it: ListNode as an
 *         array, TreeNode in level order with null and no trailing nulls,
 *         character as a one-character string, double with up to 17
 *         significant digits. A value that cannot be serialized (a cyclic
 *         list, NaN) is written as the JSON string "<invalid: reason>".
 * fd 1/2: the user's own stdout/stderr, captured and shown separately.
 * The driver writes nothing else to fd 3 and exits 0 after the last test.
 * User code can write to fd 3 too, but expected answers never enter the
 * sandbox and the judge compares outside it, so it can never make a wrong
 * answer pass; a garbled channel ends parsing (the remaining tests fail). */
#ifndef LC_SIGNATURE_H
#define LC_SIGNATURE_H

#include "../util/buf.h"
#include "../util/err.h"

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#define LC_SIG_MAX_PARAMS 8
#define LC_SIG_NAME_MAX 64

typedef enum lc_type {
    LC_T_VOID = 0,
    LC_T_INT,
    LC_T_LONG,
    LC_T_DOUBLE,
    LC_T_BOOL,
    LC_T_STRING,
    LC_T_CHAR,
    LC_T_INT_ARR,
    LC_T_LONG_ARR,
    LC_T_DOUBLE_ARR,
    LC_T_BOOL_ARR,
    LC_T_STRING_ARR,
    LC_T_CHAR_ARR,
    LC_T_INT_ARR2,
    LC_T_STRING_ARR2,
    LC_T_CHAR_ARR2,
    LC_T_LISTNODE,
    LC_T_TREENODE,
    LC_T_COUNT
} lc_type;

typedef enum lc_compare {
    LC_CMP_EXACT = 0,
    LC_CMP_UNORDERED,     /* the top-level array in any order */
    LC_CMP_FLOAT,
    LC_CMP_UNORDERED_ALL  /* every array, at every level, in any order */
} lc_compare;

typedef struct lc_param {
    char name[LC_SIG_NAME_MAX];
    lc_type type;
    bool list; /* spelled list<...>: the same JSON, a List in Java (LeetCode's signature) */
} lc_param;

typedef struct lc_signature {
    char name[LC_SIG_NAME_MAX];
    lc_param params[LC_SIG_MAX_PARAMS];
    int nparams;
    lc_type returns;
    bool returns_list;      /* spelled list<...> (see lc_param.list) */
    int output;             /* index of the `output` parameter of a void function, else -1 */
    lc_compare compare;
} lc_signature;

/* The package's spelling ("int[]", "TreeNode", ...); NULL for an unknown value. */
const char *lc_type_name(lc_type t);
/* From the package's spelling; LC_T_COUNT when unknown. */
lc_type lc_type_parse(const char *s);
/* The same, also accepting LeetCode's list forms list<int>, list<string>,
 * list<list<int>>, list<list<string>> (the arrays' types, *list set). */
lc_type lc_type_parse_list(const char *s, bool *list);
bool lc_type_is_array(lc_type t);   /* 1-D arrays */
bool lc_type_is_array2(lc_type t);  /* 2-D arrays */
/* The element type of an array type (int[] -> int, int[][] -> int[]). */
lc_type lc_type_elem(lc_type t);

/* Whether the signature has a parameter or a return value of type t. */
bool lc_signature_uses(const lc_signature *sig, lc_type t);

/* Parses and validates a `function:` block. Errors name the offending key. */
lc_code lc_signature_parse(json_t *function, lc_signature *out, lc_err *e);

/* Checks that v (one parsed JSON value from a .in/.ans line) fits type t:
 * 32-bit range for int, 64-bit for long, one character for character, ... */
bool lc_type_check_value(lc_type t, json_t *v, char *why, size_t whysz);

/* Compares an answer with the expected one under the signature's mode:
 * exact (numbers by value: 1 and 1.0 are equal), unordered (the top-level
 * array's order ignored), unordered-all (the order of every array at every
 * level ignored: LeetCode's "in any order" for subsets, groups, triplets),
 * float (every number within 1e-5 absolute or relative). */
bool lc_answer_equal(lc_compare mode, json_t *expected, json_t *actual);

/* Starter code the app shows, per language id (c, cpp, python, javascript, java,
 * typescript, golang, rust, pypy3, ruby, php). */
lc_code lc_starter_code(const lc_signature *sig, const char *lang_id, lc_buf *out, lc_err *e);

/* C: the program is two translation units; the driver's begins after the
 * last occurrence of this line (lc_driver_c_split finds it). */
#define LC_DRIVER_C_SPLIT "/* ==== lc_driver.c: the driver, a translation unit of its own ==== */\n"
#define LC_DRIVER_C_AUX "lc_driver.c"
/* Where the driver's unit starts in a generated C program (len if nowhere). */
size_t lc_driver_c_split(const char *prog, size_t len);
/* TypeScript: the program is main.ts (the user's code and the call) and the
 * driver's runtime, a JavaScript module main.ts requires; it begins after the
 * last occurrence of this line. */
#define LC_DRIVER_TS_SPLIT "/* ==== lc_rt.js: the driver's runtime, a module of its own ==== */\n"
#define LC_DRIVER_TS_AUX "lc_rt.js"
size_t lc_driver_typescript_split(const char *prog, size_t len);
/* Go: the program is main.go (the user's code) and lc_driver.go (the
 * runtime and the generated main), one package; lc_driver.go begins after
 * the last occurrence of this line. */
#define LC_DRIVER_GO_SPLIT "// ==== lc_driver.go: the driver, a file of its own ====\n"
#define LC_DRIVER_GO_AUX "lc_driver.go"
size_t lc_driver_golang_split(const char *prog, size_t len);
/* Where the last occurrence of marker starts in prog (len if nowhere). */
size_t lc_driver_split(const char *prog, size_t len, const char *marker);

/* The whole program to compile: user code wrapped in the language's driver.
 * *src_name receives the file name to use in /box (static storage). For Java,
 * *main_class receives the class to run. */
lc_code lc_driver_source(const lc_signature *sig, const char *lang_id, const char *user_code,
                         size_t user_len, lc_buf *out, const char **src_name,
                         const char **main_class, lc_err *e);

#endif
