/* The Go driver generator: see driver.h and the protocol in signature.h.
 *
 * The program is two files of package main, compiled together:
 *   main.go       one prelude line, no newline after it (so the user's line
 *                 numbers stay the same): `package main; import (...); `,
 *                 then the user's code with its own package clause blanked
 *                 out, then `var _ = pkg.Name` for each package the prelude
 *                 imported (used even when a local name shadows it)
 *   lc_driver.go  drivers/go/runtime.go (JSON in, answers on fd 3), ListNode
 *                 and TreeNode as LeetCode defines them, min and max (Go 1.21
 *                 built-ins that Debian's Go 1.19 lacks), then the generated
 *                 main: parse a test's parameters, call, write the frame
 * LeetCode's Go needs no import lines (it adds them): the prelude imports
 * each standard package the code refers to (`sort.Ints`) and does not import
 * itself. A type or function the user declares at top level (ListNode, min)
 * is not declared again by the driver. */
#include "driver.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* Go spelling of a type, as LeetCode's templates write it. */
static const char *go_type(lc_type t)
{
    switch (t) {
    case LC_T_INT:
        return "int";
    case LC_T_LONG:
        return "int64";
    case LC_T_DOUBLE:
        return "float64";
    case LC_T_BOOL:
        return "bool";
    case LC_T_STRING:
        return "string";
    case LC_T_CHAR:
        return "byte";
    case LC_T_INT_ARR:
        return "[]int";
    case LC_T_LONG_ARR:
        return "[]int64";
    case LC_T_DOUBLE_ARR:
        return "[]float64";
    case LC_T_BOOL_ARR:
        return "[]bool";
    case LC_T_STRING_ARR:
        return "[]string";
    case LC_T_CHAR_ARR:
        return "[]byte";
    case LC_T_INT_ARR2:
        return "[][]int";
    case LC_T_STRING_ARR2:
        return "[][]string";
    case LC_T_CHAR_ARR2:
        return "[][]byte";
    case LC_T_LISTNODE:
        return "*ListNode";
    case LC_T_TREENODE:
        return "*TreeNode";
    default:
        return NULL;
    }
}

#define PUT(s) LC_DRIVER_TRY("golang", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("golang", lc_buf_printf(out, __VA_ARGS__))

lc_code lc_starter_golang(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        PUT("/**\n"
            " * Definition for singly-linked list.\n"
            " * type ListNode struct {\n"
            " *     Val int\n"
            " *     Next *ListNode\n"
            " * }\n"
            " */\n");
    if (lc_signature_uses(sig, LC_T_TREENODE))
        PUT("/**\n"
            " * Definition for a binary tree node.\n"
            " * type TreeNode struct {\n"
            " *     Val int\n"
            " *     Left *TreeNode\n"
            " *     Right *TreeNode\n"
            " * }\n"
            " */\n");
    PRINTF("func %s(", sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s %s", i ? ", " : "", sig->params[i].name, go_type(sig->params[i].type));
    if (sig->returns == LC_T_VOID)
        PUT(")  {\n    \n}\n");
    else
        PRINTF(") %s {\n    \n}\n", go_type(sig->returns));
    return LC_OK;
}

/* ---- what the user's code declares, imports and uses ---------------------- */

/* The standard packages the prelude imports when the code uses them, and a
 * name of each that marks the import used. */
static const struct {
    const char *name, *path, *use;
} go_pkgs[] = {
    {"sort", "sort", "Ints"},          {"strings", "strings", "Split"},
    {"strconv", "strconv", "Itoa"},    {"math", "math", "Abs"},
    {"fmt", "fmt", "Sprint"},          {"heap", "container/heap", "Init"},
    {"list", "container/list", "New"}, {"ring", "container/ring", "New"},
    {"bits", "math/bits", "Len"},      {"rand", "math/rand", "Intn"},
    {"unicode", "unicode", "IsDigit"}, {"utf8", "unicode/utf8", "RuneLen"},
    {"bytes", "bytes", "Compare"},     {"regexp", "regexp", "MustCompile"},
    {"big", "math/big", "NewInt"},     {"cmplx", "math/cmplx", "Abs"},
    {"time", "time", "Now"},           {"errors", "errors", "New"},
    {"bufio", "bufio", "NewReader"},   {"os", "os", "Exit"},
    {"reflect", "reflect", "TypeOf"},
};
#define GO_NPKGS (sizeof go_pkgs / sizeof go_pkgs[0])

typedef struct go_scan {
    bool uses[GO_NPKGS];     /* `name.` appears in code */
    bool imported[GO_NPKGS]; /* the user imports a package of that name */
    bool declared[GO_NPKGS]; /* the user declares that name at top level */
    bool has_listnode, has_treenode, has_min, has_max;
    size_t pkg_at, pkg_len;  /* the user's package clause (pkg_len 0: none) */
} go_scan;

static bool go_ident_start(int c)
{
    return isalpha(c) || c == '_' || c >= 0x80;
}

static bool go_ident_char(int c)
{
    return go_ident_start(c) || isdigit(c);
}

/* Skips a comment, string or rune literal at i; returns where it ends (i
 * itself when none starts there). */
static size_t go_skip(const char *s, size_t len, size_t i)
{
    if (s[i] == '/' && i + 1 < len && s[i + 1] == '/') {
        while (i < len && s[i] != '\n')
            i++;
        return i;
    }
    if (s[i] == '/' && i + 1 < len && s[i + 1] == '*') {
        i += 2;
        while (i + 1 < len && !(s[i] == '*' && s[i + 1] == '/'))
            i++;
        return i + 2 > len ? len : i + 2;
    }
    if (s[i] == '`') {
        i++;
        while (i < len && s[i] != '`')
            i++;
        return i + 1 > len ? len : i + 1;
    }
    if (s[i] == '"' || s[i] == '\'') {
        char q = s[i++];
        while (i < len && s[i] != q && s[i] != '\n')
            i += s[i] == '\\' ? 2 : 1;
        return i + 1 > len ? len : i + 1;
    }
    return i;
}

static int go_pkg_index(const char *w, size_t wl)
{
    for (size_t k = 0; k < GO_NPKGS; k++)
        if (strlen(go_pkgs[k].name) == wl && memcmp(go_pkgs[k].name, w, wl) == 0)
            return (int)k;
    return -1;
}

static bool word_is(const char *w, size_t wl, const char *lit)
{
    return strlen(lit) == wl && memcmp(w, lit, wl) == 0;
}

static void go_declares(go_scan *sc, const char *w, size_t wl)
{
    int k = go_pkg_index(w, wl);
    if (k >= 0)
        sc->declared[k] = true;
    sc->has_listnode |= word_is(w, wl, "ListNode");
    sc->has_treenode |= word_is(w, wl, "TreeNode");
    sc->has_min |= word_is(w, wl, "min");
    sc->has_max |= word_is(w, wl, "max");
}

/* An import's name: its alias, else the last element of its path. */
static void go_imports(go_scan *sc, const char *alias, size_t alen, const char *path, size_t plen)
{
    if (!alen) {
        const char *slash = memchr(path, '/', plen);
        while (slash) {
            plen -= (size_t)(slash + 1 - path);
            path = slash + 1;
            slash = memchr(path, '/', plen);
        }
        alias = path;
        alen = plen;
    }
    int k = go_pkg_index(alias, alen);
    if (k >= 0)
        sc->imported[k] = true;
}

static void go_scan_code(const char *s, size_t len, go_scan *sc)
{
    memset(sc, 0, sizeof *sc);
    int depth = 0;          /* braces */
    int paren = 0;          /* parentheses at brace depth 0 */
    const char *group = ""; /* the keyword of the ( ... ) group we are in at depth 0 */
    const char *prev = "";  /* the previous keyword/word at depth 0 ("" after other tokens) */
    bool line_start = true, seen_token = false;
    const char *alias = NULL;
    size_t alen = 0;
    for (size_t i = 0; i < len;) {
        size_t j = go_skip(s, len, i);
        if (j != i) {
            /* an import path: "path" after `import`, an alias, or inside import ( ) */
            if (s[i] == '"' && depth == 0 &&
                (strcmp(prev, "import") == 0 || strcmp(prev, "import-alias") == 0 ||
                 (paren == 1 && strcmp(group, "import") == 0)))
                go_imports(sc, alias, alias ? alen : 0, s + i + 1, j - i >= 2 ? j - i - 2 : 0);
            if (s[i] != '/')
                prev = "", alias = NULL, line_start = false, seen_token = true;
            i = j;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            line_start = true;
            i++;
            continue;
        }
        if (isspace(c)) {
            i++;
            continue;
        }
        if (go_ident_start(c)) {
            size_t st = i;
            while (i < len && go_ident_char((unsigned char)s[i]))
                i++;
            const char *w = s + st;
            size_t wl = i - st;
            /* a selector pkg.Name, not x.pkg.Name */
            if (i < len && s[i] == '.' && (st == 0 || s[st - 1] != '.')) {
                int k = go_pkg_index(w, wl);
                if (k >= 0)
                    sc->uses[k] = true;
            }
            if (depth == 0) {
                if (!seen_token && word_is(w, wl, "package")) {
                    size_t k = i;
                    while (k < len && (s[k] == ' ' || s[k] == '\t'))
                        k++;
                    while (k < len && go_ident_char((unsigned char)s[k]))
                        k++;
                    sc->pkg_at = st;
                    sc->pkg_len = k - st;
                    i = k;
                    seen_token = true;
                    continue;
                }
                if (strcmp(prev, "import") == 0) {
                    alias = w, alen = wl, prev = "import-alias";
                } else if (strcmp(prev, "func") == 0 || strcmp(prev, "type") == 0 ||
                           strcmp(prev, "var") == 0 || strcmp(prev, "const") == 0) {
                    go_declares(sc, w, wl);
                    prev = "";
                } else if (paren == 1 && line_start && strcmp(group, "import") == 0) {
                    alias = w, alen = wl, prev = "";
                } else if (paren == 1 && line_start && *group) {
                    go_declares(sc, w, wl); /* var ( name ... ) */
                    prev = "";
                } else if (paren == 0 && (word_is(w, wl, "func") || word_is(w, wl, "type") ||
                                          word_is(w, wl, "var") || word_is(w, wl, "const") ||
                                          word_is(w, wl, "import"))) {
                    prev = word_is(w, wl, "func")    ? "func"
                           : word_is(w, wl, "type")  ? "type"
                           : word_is(w, wl, "var")   ? "var"
                           : word_is(w, wl, "const") ? "const"
                                                     : "import";
                } else {
                    prev = "";
                }
            }
            line_start = false;
            seen_token = true;
            continue;
        }
        if (c == '{')
            depth++;
        else if (c == '}' && depth > 0)
            depth--;
        else if (c == '(' && depth == 0) {
            if (paren == 0)
                group = strcmp(prev, "func") == 0 ? "" : prev; /* func (r T) m(): a method */
            paren++;
        } else if (c == ')' && depth == 0 && paren > 0) {
            if (--paren == 0)
                group = "";
        }
        if (c == ';')
            line_start = true;
        else
            line_start = false;
        prev = "";
        seen_token = true;
        i++;
    }
}

lc_code lc_driver_golang(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                         lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.go";
        info->main_class = NULL;
    }
    go_scan sc;
    go_scan_code(user, len, &sc);
    bool auto_import[GO_NPKGS];
    int nauto = 0;
    for (size_t k = 0; k < GO_NPKGS; k++) {
        auto_import[k] = sc.uses[k] && !sc.imported[k] && !sc.declared[k];
        nauto += auto_import[k];
    }
    /* main.go: the prelude line, the user's code, the imports' uses */
    PUT("/* LiteCode driver prelude */ package main; ");
    if (nauto) {
        PUT("import (");
        for (size_t k = 0; k < GO_NPKGS; k++)
            if (auto_import[k])
                PRINTF("\"%s\"; ", go_pkgs[k].path);
        PUT("); ");
    }
    if (sc.pkg_len) {
        LC_DRIVER_TRY("golang", lc_buf_append(out, user, sc.pkg_at));
        for (size_t i = 0; i < sc.pkg_len; i++)
            PUT(" ");
        LC_DRIVER_TRY("golang", lc_buf_append(out, user + sc.pkg_at + sc.pkg_len,
                                              len - sc.pkg_at - sc.pkg_len));
    } else if (len) {
        LC_DRIVER_TRY("golang", lc_buf_append(out, user, len));
    }
    PUT("\n\n/* ---- end of user code ---- */\n");
    for (size_t k = 0; k < GO_NPKGS; k++)
        if (auto_import[k])
            PRINTF("var _ = %s.%s\n", go_pkgs[k].name, go_pkgs[k].use);

    /* lc_driver.go: the runtime, LeetCode's types, the generated main */
    PUT(LC_DRIVER_GO_SPLIT);
    PUT(lc_rt_go);
    if (!sc.has_listnode)
        PUT("\n// Definition for singly-linked list (LeetCode's).\n"
            "type ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n");
    if (!sc.has_treenode)
        PUT("\n// Definition for a binary tree node (LeetCode's).\n"
            "type TreeNode struct {\n\tVal   int\n\tLeft  *TreeNode\n\tRight *TreeNode\n}\n");
    if (!sc.has_min || !sc.has_max)
        PUT("\ntype lc_ordered interface {\n"
            "\t~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 |\n"
            "\t\t~uint64 | ~uintptr | ~float32 | ~float64 | ~string\n}\n");
    if (!sc.has_min)
        PUT("\n// min as Go 1.21's built-in.\n"
            "func min[T lc_ordered](x T, y ...T) T {\n"
            "\tfor _, v := range y {\n\t\tif v < x {\n\t\t\tx = v\n\t\t}\n\t}\n\treturn x\n}\n");
    if (!sc.has_max)
        PUT("\n// max as Go 1.21's built-in.\n"
            "func max[T lc_ordered](x T, y ...T) T {\n"
            "\tfor _, v := range y {\n\t\tif v > x {\n\t\t\tx = v\n\t\t}\n\t}\n\treturn x\n}\n");
    PUT("\n// ---- main (generated) ----\n"
        "func main() {\n\tlc_t := lc_begin()\n\tfor lc_i := 0; lc_i < lc_t; lc_i++ {\n");
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("\t\tvar lc_p%d %s\n\t\tlc_arg(lc_i, %d, \"%s\", &lc_p%d)\n", i,
               go_type(sig->params[i].type), i, lc_type_name(sig->params[i].type), i);
    PUT("\t\tlc_c0 := lc_cpu()\n\t\t");
    if (sig->returns != LC_T_VOID)
        PUT("lc_r := ");
    PRINTF("%s(", sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%slc_p%d", i ? ", " : "", i);
    PUT(")\n\t\tlc_c := lc_cpu() - lc_c0\n");
    if (sig->returns != LC_T_VOID)
        PUT("\t\tlc_frame(lc_i, lc_c, lc_r)\n");
    else
        PRINTF("\t\tlc_frame(lc_i, lc_c, lc_p%d)\n", sig->output);
    PUT("\t}\n\tlc_end()\n}\n");
    return LC_OK;
}

size_t lc_driver_golang_split(const char *prog, size_t len)
{
    return lc_driver_split(prog, len, LC_DRIVER_GO_SPLIT);
}
