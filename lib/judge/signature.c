#include "signature.h"

#include "driver.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_names[LC_T_COUNT] = {
    [LC_T_VOID] = "void",
    [LC_T_INT] = "int",
    [LC_T_LONG] = "long",
    [LC_T_DOUBLE] = "double",
    [LC_T_BOOL] = "bool",
    [LC_T_STRING] = "string",
    [LC_T_CHAR] = "character",
    [LC_T_INT_ARR] = "int[]",
    [LC_T_LONG_ARR] = "long[]",
    [LC_T_DOUBLE_ARR] = "double[]",
    [LC_T_BOOL_ARR] = "bool[]",
    [LC_T_STRING_ARR] = "string[]",
    [LC_T_CHAR_ARR] = "character[]",
    [LC_T_INT_ARR2] = "int[][]",
    [LC_T_STRING_ARR2] = "string[][]",
    [LC_T_CHAR_ARR2] = "character[][]",
    [LC_T_LISTNODE] = "ListNode",
    [LC_T_TREENODE] = "TreeNode",
};

const char *lc_type_name(lc_type t)
{
    return t >= 0 && t < LC_T_COUNT ? type_names[t] : NULL;
}

lc_type lc_type_parse_list(const char *s, bool *list)
{
    static const struct {
        const char *name;
        lc_type t;
    } lists[] = {{"list<int>", LC_T_INT_ARR},
                 {"list<string>", LC_T_STRING_ARR},
                 {"list<list<int>>", LC_T_INT_ARR2},
                 {"list<list<string>>", LC_T_STRING_ARR2}};
    *list = false;
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        if (strcmp(s, lists[i].name) == 0) {
            *list = true;
            return lists[i].t;
        }
    return lc_type_parse(s);
}

lc_type lc_type_parse(const char *s)
{
    for (int t = 0; t < LC_T_COUNT; t++)
        if (strcmp(type_names[t], s) == 0)
            return (lc_type)t;
    /* LeetCode's other spellings */
    if (strcmp(s, "integer") == 0)
        return LC_T_INT;
    if (strcmp(s, "boolean") == 0)
        return LC_T_BOOL;
    if (strcmp(s, "char") == 0)
        return LC_T_CHAR;
    if (strcmp(s, "char[]") == 0)
        return LC_T_CHAR_ARR;
    if (strcmp(s, "char[][]") == 0)
        return LC_T_CHAR_ARR2;
    if (strcmp(s, "integer[]") == 0)
        return LC_T_INT_ARR;
    if (strcmp(s, "integer[][]") == 0)
        return LC_T_INT_ARR2;
    return LC_T_COUNT;
}

bool lc_type_is_array(lc_type t)
{
    return t >= LC_T_INT_ARR && t <= LC_T_CHAR_ARR;
}

bool lc_type_is_array2(lc_type t)
{
    return t >= LC_T_INT_ARR2 && t <= LC_T_CHAR_ARR2;
}

lc_type lc_type_elem(lc_type t)
{
    switch (t) {
    case LC_T_INT_ARR: return LC_T_INT;
    case LC_T_LONG_ARR: return LC_T_LONG;
    case LC_T_DOUBLE_ARR: return LC_T_DOUBLE;
    case LC_T_BOOL_ARR: return LC_T_BOOL;
    case LC_T_STRING_ARR: return LC_T_STRING;
    case LC_T_CHAR_ARR: return LC_T_CHAR;
    case LC_T_INT_ARR2: return LC_T_INT_ARR;
    case LC_T_STRING_ARR2: return LC_T_STRING_ARR;
    case LC_T_CHAR_ARR2: return LC_T_CHAR_ARR;
    default: return LC_T_COUNT;
    }
}

bool lc_signature_uses(const lc_signature *sig, lc_type t)
{
    if (sig->returns == t)
        return true;
    for (int i = 0; i < sig->nparams; i++)
        if (sig->params[i].type == t)
            return true;
    return false;
}

static bool valid_ident(const char *s)
{
    static const char *const reserved[] = {
        /* words no language lets us use as a parameter or function name */
        "int", "long", "double", "bool", "char", "void", "return", "if", "else", "for", "while",
        "do", "break", "continue", "switch", "case", "default", "class", "struct", "new", "delete",
        "this", "true", "false", "null", "None", "True", "False", "def", "var", "let", "const",
        "function", "public", "private", "static", "final", "import", "from", "in", "is", "not",
        "and", "or", "lambda", "pass", "yield", "with", "as", "try", "catch", "except", "finally",
        "throw", "raise", "typeof", "instanceof", "auto", "register", "signed", "unsigned",
        "short", "float", "enum", "union", "goto", "sizeof", "volatile", "extern", "inline",
        "template", "typename", "namespace", "using", "operator", "friend", "virtual", "package",
        "interface", "extends", "implements", "super", "boolean", "byte", "String", "List",
        "Optional", "ListNode", "TreeNode", "Solution", "main", "self", "global", "nonlocal",
        "del", "assert", "async", "await", "print", "exec", "string", "vector", "std",
        /* JavaScript globals the drivers rely on */
        "require", "module", "exports", "process", "JSON", "Buffer", "globalThis", "eval",
        "arguments", "export", "debugger", "protected", "undefined", "NaN", "Infinity", "Math",
        "Object", "Array", "Number", "System", "Integer", "Long", "Double", "Boolean",
        "Character", "Math", NULL};
    if (!s[0] || strlen(s) >= LC_SIG_NAME_MAX || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
        return false;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_')
            return false;
    if (strncmp(s, "lc_", 3) == 0 || strncmp(s, "__", 2) == 0)
        return false; /* the drivers' own namespace */
    for (int i = 0; reserved[i]; i++)
        if (strcmp(s, reserved[i]) == 0)
            return false;
    return true;
}

lc_code lc_signature_parse(json_t *fn, lc_signature *out, lc_err *e)
{
    memset(out, 0, sizeof *out);
    out->output = -1;
    if (!json_is_object(fn))
        return lc_err_set(e, LC_ERR_INVALID, "function: must be a mapping");
    json_t *v = json_object_get(fn, "name");
    if (!json_is_string(v) || !valid_ident(json_string_value(v)))
        return lc_err_set(e, LC_ERR_INVALID,
                          "function.name: must be an identifier usable in every language");
    snprintf(out->name, sizeof out->name, "%s", json_string_value(v));
    json_t *params = json_object_get(fn, "params");
    if (params && !json_is_null(params) && !json_is_array(params))
        return lc_err_set(e, LC_ERR_INVALID, "function.params: must be a list");
    size_t i;
    json_t *p;
    json_array_foreach(params, i, p)
    {
        if (i >= LC_SIG_MAX_PARAMS)
            return lc_err_set(e, LC_ERR_LIMIT, "function.params: at most %d parameters",
                              LC_SIG_MAX_PARAMS);
        json_t *n = json_object_get(p, "name"), *t = json_object_get(p, "type");
        if (!json_is_string(n) || !valid_ident(json_string_value(n)))
            return lc_err_set(e, LC_ERR_INVALID,
                              "function.params[%zu].name: must be an identifier usable in every "
                              "language",
                              i);
        bool list = false;
        lc_type ty = json_is_string(t) ? lc_type_parse_list(json_string_value(t), &list) : LC_T_COUNT;
        if (ty == LC_T_COUNT || ty == LC_T_VOID)
            return lc_err_set(e, LC_ERR_INVALID, "function.params[%zu].type: unknown type '%s'",
                              i, json_is_string(t) ? json_string_value(t) : "?");
        for (int k = 0; k < out->nparams; k++)
            if (strcmp(out->params[k].name, json_string_value(n)) == 0)
                return lc_err_set(e, LC_ERR_INVALID, "function.params[%zu].name: duplicate '%s'",
                                  i, json_string_value(n));
        if (strcmp(json_string_value(n), out->name) == 0)
            return lc_err_set(e, LC_ERR_INVALID,
                              "function.params[%zu].name: same as the function's name", i);
        snprintf(out->params[out->nparams].name, LC_SIG_NAME_MAX, "%s", json_string_value(n));
        out->params[out->nparams].type = ty;
        out->params[out->nparams].list = list;
        out->nparams++;
    }
    v = json_object_get(fn, "returns");
    if (!json_is_string(v) ||
        (out->returns = lc_type_parse_list(json_string_value(v), &out->returns_list)) == LC_T_COUNT)
        return lc_err_set(e, LC_ERR_INVALID, "function.returns: unknown type '%s'",
                          json_is_string(v) ? json_string_value(v) : "?");
    v = json_object_get(fn, "output");
    if (out->returns == LC_T_VOID) {
        if (!json_is_string(v))
            return lc_err_set(e, LC_ERR_INVALID,
                              "function.output: a void function names the parameter whose final "
                              "value is the answer");
        for (int k = 0; k < out->nparams; k++)
            if (strcmp(out->params[k].name, json_string_value(v)) == 0)
                out->output = k;
        if (out->output < 0)
            return lc_err_set(e, LC_ERR_INVALID, "function.output: no parameter named '%s'",
                              json_string_value(v));
        lc_type ot = out->params[out->output].type;
        if (!lc_type_is_array(ot) && !lc_type_is_array2(ot) && ot != LC_T_LISTNODE &&
            ot != LC_T_TREENODE)
            return lc_err_set(e, LC_ERR_INVALID,
                              "function.output: '%s' is a %s, which cannot be modified in place",
                              json_string_value(v), lc_type_name(ot));
    } else if (v && !json_is_null(v)) {
        return lc_err_set(e, LC_ERR_INVALID, "function.output: only for a void function");
    }
    v = json_object_get(fn, "compare");
    const char *cmp = json_is_string(v) ? json_string_value(v) : "exact";
    if (strcmp(cmp, "exact") == 0)
        out->compare = LC_CMP_EXACT;
    else if (strcmp(cmp, "unordered") == 0)
        out->compare = LC_CMP_UNORDERED;
    else if (strcmp(cmp, "unordered-all") == 0)
        out->compare = LC_CMP_UNORDERED_ALL;
    else if (strcmp(cmp, "float") == 0)
        out->compare = LC_CMP_FLOAT;
    else
        return lc_err_set(e, LC_ERR_INVALID,
                          "function.compare: must be exact, unordered, unordered-all or float");
    return LC_OK;
}

/* ---- values -------------------------------------------------------------- */

static bool set_why(char *why, size_t whysz, const char *msg)
{
    if (why && whysz)
        snprintf(why, whysz, "%s", msg);
    return false;
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80)
            n++;
    return n;
}

bool lc_type_check_value(lc_type t, json_t *v, char *why, size_t whysz)
{
    switch (t) {
    case LC_T_INT:
        if (!json_is_integer(v) || json_integer_value(v) < INT32_MIN ||
            json_integer_value(v) > INT32_MAX)
            return set_why(why, whysz, "expected a 32-bit integer");
        return true;
    case LC_T_LONG:
        if (!json_is_integer(v))
            return set_why(why, whysz, "expected a 64-bit integer");
        return true;
    case LC_T_DOUBLE:
        if (!json_is_number(v))
            return set_why(why, whysz, "expected a number");
        return true;
    case LC_T_BOOL:
        if (!json_is_boolean(v))
            return set_why(why, whysz, "expected true or false");
        return true;
    case LC_T_STRING:
        if (!json_is_string(v) || memchr(json_string_value(v), 0, json_string_length(v)))
            return set_why(why, whysz, "expected a string (without NUL)");
        return true;
    case LC_T_CHAR:
        if (!json_is_string(v) || json_string_length(v) != 1 ||
            ((unsigned char)json_string_value(v)[0] & 0x80) || json_string_value(v)[0] == 0)
            return set_why(why, whysz, "expected a one-character ASCII string");
        (void)utf8_chars;
        return true;
    case LC_T_LISTNODE:
        if (!json_is_array(v))
            return set_why(why, whysz, "expected an array (a linked list)");
        for (size_t i = 0; i < json_array_size(v); i++)
            if (!lc_type_check_value(LC_T_INT, json_array_get(v, i), why, whysz))
                return false;
        return true;
    case LC_T_TREENODE:
        if (!json_is_array(v))
            return set_why(why, whysz, "expected an array (a tree in level order)");
        for (size_t i = 0; i < json_array_size(v); i++) {
            json_t *x = json_array_get(v, i);
            if (json_is_null(x)) {
                if (i == 0)
                    return set_why(why, whysz, "a tree's root cannot be null");
                continue;
            }
            if (!lc_type_check_value(LC_T_INT, x, why, whysz))
                return false;
        }
        return true;
    default:
        if (lc_type_is_array(t) || lc_type_is_array2(t)) {
            if (!json_is_array(v))
                return set_why(why, whysz, "expected an array");
            lc_type et = lc_type_elem(t);
            for (size_t i = 0; i < json_array_size(v); i++)
                if (!lc_type_check_value(et, json_array_get(v, i), why, whysz))
                    return false;
            return true;
        }
        return set_why(why, whysz, "unknown type");
    }
}

/* ---- comparison ---------------------------------------------------------- */

static bool num_equal(json_t *a, json_t *b, bool tolerant)
{
    if (json_is_integer(a) && json_is_integer(b))
        return json_integer_value(a) == json_integer_value(b);
    double x = json_number_value(a), y = json_number_value(b);
    if (!tolerant)
        return x == y;
    double d = fabs(x - y);
    return d <= 1e-5 || d <= 1e-5 * fabs(x);
}

static bool value_equal(json_t *a, json_t *b, bool tolerant, int depth)
{
    if (depth > 64)
        return false;
    if (json_is_number(a) && json_is_number(b))
        return num_equal(a, b, tolerant);
    if (json_typeof(a) != json_typeof(b))
        return false;
    if (json_is_array(a)) {
        size_t n = json_array_size(a);
        if (n != json_array_size(b))
            return false;
        for (size_t i = 0; i < n; i++)
            if (!value_equal(json_array_get(a, i), json_array_get(b, i), tolerant, depth + 1))
                return false;
        return true;
    }
    if (json_is_string(a))
        return json_string_length(a) == json_string_length(b) &&
               memcmp(json_string_value(a), json_string_value(b), json_string_length(a)) == 0;
    if (json_is_object(a))
        return json_equal(a, b);
    return true; /* true, false, null of the same type */
}

/* Canonical text of a value, for sorting an unordered answer: numbers by
 * value (5, 5.0 and 5e0 give the same key), arrays and strings as JSON. */
static void canon_into(json_t *v, lc_buf *b, int depth)
{
    if (depth > 64)
        return;
    if (json_is_number(v)) {
        double d = json_number_value(v);
        /* the range is checked before the cast: converting a double outside
         * long long's range is undefined behaviour */
        if (json_is_integer(v))
            lc_buf_printf(b, "%lld", (long long)json_integer_value(v));
        else if (d > -9.2e18 && d < 9.2e18 && d == (double)(long long)d)
            lc_buf_printf(b, "%lld", (long long)d);
        else
            lc_buf_printf(b, "%.17g", d);
    } else if (json_is_array(v)) {
        lc_buf_append(b, "[", 1);
        for (size_t i = 0; i < json_array_size(v); i++) {
            if (i)
                lc_buf_append(b, ",", 1);
            canon_into(json_array_get(v, i), b, depth + 1);
        }
        lc_buf_append(b, "]", 1);
    } else {
        char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_SORT_KEYS);
        if (s)
            lc_buf_append(b, s, strlen(s));
        free(s);
    }
}

typedef struct keyed {
    union {
        size_t off;      /* the key's offset in its side's key text ... */
        const char *key; /* ... then its address, once the text stops growing */
    };
    json_t *v;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    return strcmp(((const keyed *)a)->key, ((const keyed *)b)->key);
}

/* The canonical keys of one side's elements, NUL-separated in one buffer (so
 * the comparison's memory is a small multiple of the answer's size, not a
 * buffer per element). False when out of memory or past the cap. */
static bool canon_keys(json_t *arr, keyed *k, size_t n, lc_buf *text)
{
    for (size_t i = 0; i < n; i++) {
        k[i].v = json_array_get(arr, i);
        k[i].off = text->len;
        canon_into(k[i].v, text, 0);
        if (lc_buf_append(text, "", 1) != LC_OK)
            return false;
    }
    for (size_t i = 0; i < n; i++)
        k[i].key = text->data + k[i].off;
    return true;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The canonical text of v with every array's elements in sorted order (of
 * their own canonical texts): two values are equal in any order at every
 * level exactly when these texts are. False when out of memory, past the
 * buffer's cap or nested too deeply. */
static bool canon_sorted(json_t *v, lc_buf *b, int depth)
{
    if (depth > 64)
        return false;
    if (!json_is_array(v)) {
        size_t before = b->len;
        canon_into(v, b, depth);
        return b->len > before; /* every JSON value has a non-empty text */
    }
    size_t n = json_array_size(v);
    char **parts = calloc(n ? n : 1, sizeof *parts);
    bool ok = parts != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        lc_buf one;
        lc_buf_init(&one, b->max);
        ok = canon_sorted(json_array_get(v, i), &one, depth + 1);
        parts[i] = ok ? lc_buf_take(&one) : NULL;
        lc_buf_free(&one);
        ok = ok && parts[i];
    }
    if (ok) {
        qsort(parts, n, sizeof *parts, cmp_str);
        ok = lc_buf_append(b, "[", 1) == LC_OK;
        for (size_t i = 0; ok && i < n; i++)
            ok = (i == 0 || lc_buf_append(b, ",", 1) == LC_OK) &&
                 lc_buf_append(b, parts[i], strlen(parts[i])) == LC_OK;
        ok = ok && lc_buf_append(b, "]", 1) == LC_OK;
    }
    for (size_t i = 0; parts && i < n; i++)
        free(parts[i]);
    free(parts);
    return ok;
}

bool lc_answer_equal(lc_compare mode, json_t *expected, json_t *actual)
{
    if (!expected || !actual)
        return false;
    if (mode == LC_CMP_UNORDERED_ALL) {
        lc_buf ta, tb;
        lc_buf_init(&ta, 256u << 20);
        lc_buf_init(&tb, 256u << 20);
        bool eq = canon_sorted(expected, &ta, 0) && canon_sorted(actual, &tb, 0) &&
                  ta.len == tb.len && memcmp(lc_buf_str(&ta), lc_buf_str(&tb), ta.len) == 0;
        lc_buf_free(&ta);
        lc_buf_free(&tb);
        return eq;
    }
    if (mode != LC_CMP_UNORDERED || !json_is_array(expected) || !json_is_array(actual))
        return value_equal(expected, actual, mode == LC_CMP_FLOAT, 0);
    size_t n = json_array_size(expected);
    if (n != json_array_size(actual))
        return false;
    if (n == 0)
        return true;
    keyed *ka = calloc(n, sizeof *ka), *kb = calloc(n, sizeof *kb);
    lc_buf ta, tb;
    lc_buf_init(&ta, 256u << 20);
    lc_buf_init(&tb, 256u << 20);
    bool eq = ka && kb && canon_keys(expected, ka, n, &ta) && canon_keys(actual, kb, n, &tb);
    if (eq) {
        qsort(ka, n, sizeof *ka, cmp_keyed);
        qsort(kb, n, sizeof *kb, cmp_keyed);
        for (size_t i = 0; eq && i < n; i++)
            eq = value_equal(ka[i].v, kb[i].v, false, 0);
    }
    lc_buf_free(&ta);
    lc_buf_free(&tb);
    free(ka);
    free(kb);
    return eq;
}

/* ---- per-language dispatch ----------------------------------------------- */

typedef struct driver_entry {
    const char *lang;
    lc_code (*starter)(const lc_signature *, lc_buf *, lc_err *);
    lc_code (*driver)(const lc_signature *, const char *, size_t, lc_buf *, lc_driver_info *,
                      lc_err *);
} driver_entry;

static const driver_entry drivers[] = {
    {"c", lc_starter_c, lc_driver_c},
    {"cpp", lc_starter_cpp, lc_driver_cpp},
    {"cpp-gcc", lc_starter_cpp, lc_driver_cpp},
    {"python", lc_starter_python, lc_driver_python},
    {"javascript", lc_starter_javascript, lc_driver_javascript},
    {"java", lc_starter_java, lc_driver_java},
    {"typescript", lc_starter_typescript, lc_driver_typescript},
    {"golang", lc_starter_golang, lc_driver_golang},
    {"rust", lc_starter_rust, lc_driver_rust},
    {"pypy3", lc_starter_python, lc_driver_python},
    {"ruby", lc_starter_ruby, lc_driver_ruby},
    {"php", lc_starter_php, lc_driver_php},
    {"csharp", lc_starter_csharp, lc_driver_csharp},
    {"racket", lc_starter_racket, lc_driver_racket},
    {"kotlin", lc_starter_kotlin, lc_driver_kotlin},
    {"scala", lc_starter_scala, lc_driver_scala},
    {"erlang", lc_starter_erlang, lc_driver_erlang},
    {"elixir", lc_starter_elixir, lc_driver_elixir},
};

/* LeetCode's snake_case spelling of a camelCase name (Rust, Ruby):
 * twoSum -> two_sum, lengthOfLIS -> length_of_lis, isValidBST -> is_valid_bst. */
void lc_snake_case(const char *name, char *out, size_t outsz)
{
    size_t n = 0, len = strlen(name);
    for (size_t i = 0; i < len && n + 2 < outsz; i++) {
        unsigned char c = (unsigned char)name[i];
        if (isupper(c) && i > 0) {
            unsigned char p = (unsigned char)name[i - 1];
            bool next_lower = i + 1 < len && islower((unsigned char)name[i + 1]);
            if (islower(p) || isdigit(p) || (isupper(p) && next_lower))
                out[n++] = '_';
        }
        out[n++] = (char)tolower(c);
    }
    out[n] = '\0';
}

lc_code lc_driver_run_types(const lc_signature *sig, char q, lc_buf *out, lc_err *e)
{
    lc_code rc = lc_buf_append(out, "[", 1);
    for (int i = 0; i < sig->nparams && rc == LC_OK; i++)
        rc = lc_buf_printf(out, "%s%c%s%c", i ? ", " : "", q, lc_type_name(sig->params[i].type), q);
    if (rc == LC_OK)
        rc = lc_buf_printf(out, "], %c%s%c, %d", q,
                           sig->returns == LC_T_VOID ? "void" : lc_type_name(sig->returns), q,
                           sig->returns == LC_T_VOID ? sig->output : -1);
    return rc ? lc_driver_buf_fail("driver", rc, e) : LC_OK;
}

lc_code lc_driver_emit_sections(const lc_signature *sig, const char *rt, const char *also_skip,
                                lc_buf *out, lc_err *e)
{
    const char *skip[4];
    int ns = 0;
    if (!lc_signature_uses(sig, LC_T_LISTNODE))
        skip[ns++] = "list";
    if (!lc_signature_uses(sig, LC_T_TREENODE))
        skip[ns++] = "tree";
    if (also_skip)
        skip[ns++] = also_skip;
    skip[ns] = NULL;
    const char *s = rt;
    const char *skipping = NULL; /* the tag being skipped */
    lc_code rc = LC_OK;
    while (*s && rc == LC_OK) {
        const char *eol = strchr(s, '\n');
        size_t ll = eol ? (size_t)(eol - s) + 1 : strlen(s);
        if (strncmp(s, "//<lc:", 6) == 0 && !skipping) {
            for (const char *const *t = skip; *t; t++) {
                size_t tl = strlen(*t);
                if (strncmp(s + 6, *t, tl) == 0 && s[6 + tl] == '>')
                    skipping = *t;
            }
        }
        if (!skipping)
            rc = lc_buf_append(out, s, ll);
        else if (strncmp(s, "//</lc:", 7) == 0 && strncmp(s + 7, skipping, strlen(skipping)) == 0 &&
                 s[7 + strlen(skipping)] == '>')
            skipping = NULL;
        s += ll;
    }
    if (rc == LC_OK && out->len && out->data[out->len - 1] != '\n')
        rc = lc_buf_append(out, "\n", 1);
    return rc ? lc_driver_buf_fail("driver", rc, e) : LC_OK;
}

lc_code lc_driver_doc_comment(const char *title, const char *def, lc_buf *out, lc_err *e)
{
    lc_code rc = lc_buf_printf(out, "/**\n * %s\n", title);
    for (const char *s = def; *s && rc == LC_OK;) {
        const char *eol = strchr(s, '\n');
        size_t n = eol ? (size_t)(eol - s) : strlen(s);
        rc = lc_buf_printf(out, " * %.*s\n", (int)n, s);
        s += n + (eol != NULL);
    }
    if (rc == LC_OK)
        rc = lc_buf_append(out, " */\n", 4);
    return rc ? lc_driver_buf_fail("driver", rc, e) : LC_OK;
}

lc_code lc_driver_line_comment(const char *mark, const char *title, const char *def, lc_buf *out,
                               lc_err *e)
{
    lc_code rc = lc_buf_printf(out, "%s %s\n%s\n", mark, title, mark);
    for (const char *s = def; *s && rc == LC_OK;) {
        const char *eol = strchr(s, '\n');
        size_t n = eol ? (size_t)(eol - s) : strlen(s);
        rc = lc_buf_printf(out, "%s %.*s\n", mark, (int)n, s);
        s += n + (eol != NULL);
    }
    if (rc == LC_OK)
        rc = lc_buf_append(out, "\n", 1);
    return rc ? lc_driver_buf_fail("driver", rc, e) : LC_OK;
}

lc_code lc_driver_buf_fail(const char *lang, lc_code rc, lc_err *e)
{
    return lc_err_set(e, rc, "%s driver: %s", lang,
                      rc == LC_ERR_LIMIT ? "the generated program is too large" : "out of memory");
}

/* The shape every generator relies on (a signature may be built in code, not
 * only by lc_signature_parse). */
static lc_code check_shape(const lc_signature *sig, lc_err *e)
{
    if (!sig || sig->nparams < 0 || sig->nparams > LC_SIG_MAX_PARAMS || sig->returns < 0 ||
        sig->returns >= LC_T_COUNT || !valid_ident(sig->name))
        return lc_err_set(e, LC_ERR_INTERNAL, "invalid function signature");
    for (int i = 0; i < sig->nparams; i++)
        if (sig->params[i].type <= LC_T_VOID || sig->params[i].type >= LC_T_COUNT ||
            !valid_ident(sig->params[i].name))
            return lc_err_set(e, LC_ERR_INTERNAL, "invalid type of parameter '%s'",
                              sig->params[i].name);
    if (sig->returns == LC_T_VOID && (sig->output < 0 || sig->output >= sig->nparams))
        return lc_err_set(e, LC_ERR_INTERNAL, "a void function needs an output parameter");
    return LC_OK;
}

static const driver_entry *find_driver(const char *lang, lc_err *e)
{
    for (size_t i = 0; i < sizeof drivers / sizeof drivers[0]; i++)
        if (strcmp(drivers[i].lang, lang) == 0)
            return &drivers[i];
    lc_err_set(e, LC_ERR_INVALID, "no function-problem driver for language '%s'", lang);
    return NULL;
}

lc_code lc_starter_code(const lc_signature *sig, const char *lang_id, lc_buf *out, lc_err *e)
{
    lc_code rc = check_shape(sig, e);
    if (rc)
        return rc;
    const driver_entry *d = find_driver(lang_id, e);
    return d ? d->starter(sig, out, e) : LC_ERR_INVALID;
}

lc_code lc_driver_source(const lc_signature *sig, const char *lang_id, const char *user_code,
                         size_t user_len, lc_buf *out, const char **src_name,
                         const char **main_class, lc_err *e)
{
    lc_code rc = check_shape(sig, e);
    if (rc)
        return rc;
    const driver_entry *d = find_driver(lang_id, e);
    if (!d)
        return LC_ERR_INVALID;
    lc_driver_info info = {0};
    rc = d->driver(sig, user_code, user_len, out, &info, e);
    if (rc)
        return rc;
    if (src_name)
        *src_name = info.src_name;
    if (main_class)
        *main_class = info.main_class;
    return LC_OK;
}
