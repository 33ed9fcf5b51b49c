/* The typescript driver generator: see driver.h and the protocol in signature.h.
 *
 * TypeScript is compiled by tsc (LeetCode's 5.1.6, deps/ts) to JavaScript and
 * run by node with source maps, so compile and run-time errors both name the
 * user's own lines. The program is two files:
 *   main.ts   one prelude line, no newline after it (so the user's line
 *             numbers stay the same): `require("./lc_rt.js");`, then the
 *             user code unchanged, then the generated call
 *             `lc__run([param types], return type, output index, lc__pick(fn))`
 *   lc_rt.js  the JavaScript driver's prelude (ListNode, TreeNode, LeetCode's
 *             libraries, stdin) and runtime, exporting lc__run and lc__pick as
 *             globals (lc_globals.d.ts declares them and ListNode/TreeNode to
 *             the compiler)
 * LeetCode's TypeScript templates are plain functions: a user whose function
 * has another name gets tsc's "Cannot find name" as a Compilation Error. */
#include "driver.h"

#include <string.h>

/* TypeScript spelling of a type, as LeetCode's templates write it. */
static const char *ts_type(lc_type t)
{
    switch (t) {
    case LC_T_VOID:
        return "void";
    case LC_T_INT:
    case LC_T_LONG:
    case LC_T_DOUBLE:
        return "number";
    case LC_T_BOOL:
        return "boolean";
    case LC_T_STRING:
    case LC_T_CHAR:
        return "string";
    case LC_T_INT_ARR:
    case LC_T_LONG_ARR:
    case LC_T_DOUBLE_ARR:
        return "number[]";
    case LC_T_BOOL_ARR:
        return "boolean[]";
    case LC_T_STRING_ARR:
    case LC_T_CHAR_ARR:
        return "string[]";
    case LC_T_INT_ARR2:
        return "number[][]";
    case LC_T_STRING_ARR2:
    case LC_T_CHAR_ARR2:
        return "string[][]";
    case LC_T_LISTNODE:
        return "ListNode | null";
    case LC_T_TREENODE:
        return "TreeNode | null";
    default:
        return NULL;
    }
}

#define PUT(s) LC_DRIVER_TRY("typescript", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("typescript", lc_buf_printf(out, __VA_ARGS__))

lc_code lc_starter_typescript(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        PUT("/**\n"
            " * Definition for singly-linked list.\n"
            " * class ListNode {\n"
            " *     val: number\n"
            " *     next: ListNode | null\n"
            " *     constructor(val?: number, next?: ListNode | null) {\n"
            " *         this.val = (val===undefined ? 0 : val)\n"
            " *         this.next = (next===undefined ? null : next)\n"
            " *     }\n"
            " * }\n"
            " */\n\n");
    if (lc_signature_uses(sig, LC_T_TREENODE))
        PUT("/**\n"
            " * Definition for a binary tree node.\n"
            " * class TreeNode {\n"
            " *     val: number\n"
            " *     left: TreeNode | null\n"
            " *     right: TreeNode | null\n"
            " *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {\n"
            " *         this.val = (val===undefined ? 0 : val)\n"
            " *         this.left = (left===undefined ? null : left)\n"
            " *         this.right = (right===undefined ? null : right)\n"
            " *     }\n"
            " * }\n"
            " */\n\n");
    if (sig->returns == LC_T_VOID)
        PRINTF("/**\n Do not return anything, modify %s in-place instead.\n */\n",
               sig->params[sig->output].name);
    PRINTF("function %s(", sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s: %s", i ? ", " : "", sig->params[i].name, ts_type(sig->params[i].type));
    PRINTF("): %s {\n    \n};\n", ts_type(sig->returns));
    return LC_OK;
}

lc_code lc_driver_typescript(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                             lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.ts";
        info->main_class = NULL;
    }
    PUT("/* LiteCode driver prelude */ require(\"./" LC_DRIVER_TS_AUX "\"); ");
    if (len)
        LC_DRIVER_TRY("typescript", lc_buf_append(out, user, len));
    PUT("\n/* ---- main (generated) ---- */\nlc__run(");
    LC_DRIVER_TRY("typescript", lc_driver_run_types(sig, '"', out, e));
    PRINTF(", lc__pick(%s, \"%s\", undefined));\n", sig->name, sig->name);
    PUT(LC_DRIVER_TS_SPLIT);
    PUT(lc_js_prelude);
    PUT("\n");
    PUT(lc_rt_javascript);
    PUT("\nglobalThis.lc__run = lc__run;\nglobalThis.lc__pick = lc__pick;\n");
    return LC_OK;
}

size_t lc_driver_typescript_split(const char *prog, size_t len)
{
    return lc_driver_split(prog, len, LC_DRIVER_TS_SPLIT);
}
