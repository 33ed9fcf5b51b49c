/* The javascript driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.js, a CommonJS script run by node):
 *   prelude   one line, no newline after it, so the user's line numbers stay
 *             the same in stack traces: ListNode and TreeNode as LeetCode's
 *             comments define them (global properties, so a user's own
 *             `class ListNode` shadows them instead of clashing), `fs`, and
 *             all of stdin read before any user code runs
 *   user code unchanged, then a newline (a trailing // comment ends there)
 *   runtime   drivers/javascript/runtime.js (lc_rt_javascript)
 *   main      lc__run([param types], return type, output index, call) */
#include "driver.h"

#include <string.h>

/* JSDoc spelling of a type, as LeetCode's JavaScript templates write it. */
static const char *js_doc_type(lc_type t)
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
        return "string";
    case LC_T_CHAR:
        return "character";
    case LC_T_INT_ARR:
    case LC_T_LONG_ARR:
    case LC_T_DOUBLE_ARR:
        return "number[]";
    case LC_T_BOOL_ARR:
        return "boolean[]";
    case LC_T_STRING_ARR:
        return "string[]";
    case LC_T_CHAR_ARR:
        return "character[]";
    case LC_T_INT_ARR2:
        return "number[][]";
    case LC_T_STRING_ARR2:
        return "string[][]";
    case LC_T_CHAR_ARR2:
        return "character[][]";
    case LC_T_LISTNODE:
        return "ListNode";
    case LC_T_TREENODE:
        return "TreeNode";
    default:
        return NULL;
    }
}

#define PUT(s)                                                                                     \
    do {                                                                                           \
        lc_code rc_ = lc_buf_append(out, (s), strlen(s));                                          \
        if (rc_)                                                                                   \
            return lc_driver_buf_fail("javascript", rc_, e);                                                             \
    } while (0)

#define PRINTF(...)                                                                                \
    do {                                                                                           \
        lc_code rc_ = lc_buf_printf(out, __VA_ARGS__);                                             \
        if (rc_)                                                                                   \
            return lc_driver_buf_fail("javascript", rc_, e);                                                             \
    } while (0)

lc_code lc_starter_javascript(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        PUT("/**\n"
            " * Definition for singly-linked list.\n"
            " * function ListNode(val, next) {\n"
            " *     this.val = (val===undefined ? 0 : val)\n"
            " *     this.next = (next===undefined ? null : next)\n"
            " * }\n"
            " */\n");
    if (lc_signature_uses(sig, LC_T_TREENODE))
        PUT("/**\n"
            " * Definition for a binary tree node.\n"
            " * function TreeNode(val, left, right) {\n"
            " *     this.val = (val===undefined ? 0 : val)\n"
            " *     this.left = (left===undefined ? null : left)\n"
            " *     this.right = (right===undefined ? null : right)\n"
            " * }\n"
            " */\n");
    PUT("/**\n");
    for (int i = 0; i < sig->nparams; i++)
        PRINTF(" * @param {%s} %s\n", js_doc_type(sig->params[i].type), sig->params[i].name);
    if (sig->returns == LC_T_VOID)
        PRINTF(" * @return {void} Do not return anything, modify %s in-place instead.\n",
               sig->params[sig->output].name);
    else
        PRINTF(" * @return {%s}\n", js_doc_type(sig->returns));
    PUT(" */\n");
    PRINTF("var %s = function(", sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s", i ? ", " : "", sig->params[i].name);
    PUT(") {\n    \n};\n");
    return LC_OK;
}

/* One line, no newline at its end: the user code follows on the same line
 * (the TypeScript driver's runtime module starts with it too). */
const char lc_js_prelude[] =
    "/* LiteCode driver prelude */ "
    "globalThis.ListNode = function ListNode(val, next) { "
    "this.val = (val===undefined ? 0 : val); this.next = (next===undefined ? null : next); }; "
    "globalThis.TreeNode = function TreeNode(val, left, right) { "
    "this.val = (val===undefined ? 0 : val); this.left = (left===undefined ? null : left); "
    "this.right = (right===undefined ? null : right); }; "
    "var lc__fs = require('fs'); var lc__input = lc__readInput(); "
    /* LeetCode's preloaded libraries as globals, loaded on first use from the
       read-only bind of deps/js (scripts/setup.sh): lodash as _, and
       @datastructures-js's queues; a user's own declaration shadows them */
    "(function () { var m = '/litecode/js/node_modules/'; "
    "function def(n, v) { Object.defineProperty(globalThis, n, {value: v, writable: true, "
    "configurable: true, enumerable: false}); return v; } "
    "function lazy(n, load) { Object.defineProperty(globalThis, n, {configurable: true, "
    "enumerable: false, get: function () { var v; try { v = load(); } catch (err) { "
    "throw new ReferenceError(n + ' is not defined (LeetCode\\'s JavaScript libraries are not "
    "installed on this judge)'); } return def(n, v); }, set: function (v) { def(n, v); }}); } "
    "function pq() { return require(m + '@datastructures-js/priority-queue'); } "
    "lazy('_', function () { return require(m + 'lodash'); }); "
    "lazy('PriorityQueue', function () { return pq().PriorityQueue; }); "
    "lazy('MinPriorityQueue', function () { return pq().MinPriorityQueue; }); "
    "lazy('MaxPriorityQueue', function () { return pq().MaxPriorityQueue; }); "
    "lazy('Queue', function () { return require(m + '@datastructures-js/queue').Queue; }); "
    "lazy('Deque', function () { return require(m + '@datastructures-js/deque').Deque; }); "
    "})(); ";

lc_code lc_driver_javascript(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                             lc_driver_info *info, lc_err *e)
{
    lc_code rc = LC_OK;
    if (info) {
        info->src_name = "main.js";
        info->main_class = NULL;
    }
    PUT(lc_js_prelude);
    if (len) {
        rc = lc_buf_append(out, user, len);
        if (rc)
            return lc_driver_buf_fail("javascript", rc, e);
    }
    PUT("\n/* ---- end of user code ---- */\n");
    PUT(lc_rt_javascript);
    PUT("\n/* ---- main (generated) ---- */\nlc__run(");
    if ((rc = lc_driver_run_types(sig, '"', out, e)))
        return rc;
    PUT(",\n");
    PRINTF("    lc__pick(typeof %s === 'function' ? %s : undefined, '%s',\n", sig->name, sig->name,
           sig->name);
    PUT("             typeof Solution === 'function' ? Solution : undefined));\n");
    return LC_OK;
}
