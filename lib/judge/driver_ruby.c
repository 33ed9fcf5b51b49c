/* The Ruby driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.rb, run by `ruby main.rb`):
 *   prelude   one line, no newline after it (so the user's line numbers stay
 *             the same in backtraces): json and set, all of stdin read and
 *             fd 0 reopened on /dev/null, ListNode and TreeNode as LeetCode's
 *             comments define them (a user's own `class ListNode` reopens the
 *             class, as on LeetCode)
 *   user code unchanged: LeetCode's Ruby is top-level methods, snake_case
 *             (`def two_sum(nums, target)`)
 *   runtime   drivers/ruby/runtime.rb (lc_rt_ruby)
 *   main      lc__run([param types], return type, output index) { |a| name(*a) } */
#include "driver.h"

#include <string.h>

/* The YARD-style type LeetCode's Ruby templates write in their comments. */
static const char *rb_doc_type(lc_type t)
{
    switch (t) {
    case LC_T_VOID:
        return "Void";
    case LC_T_INT:
    case LC_T_LONG:
        return "Integer";
    case LC_T_DOUBLE:
        return "Float";
    case LC_T_BOOL:
        return "Boolean";
    case LC_T_STRING:
        return "String";
    case LC_T_CHAR:
        return "Character";
    case LC_T_INT_ARR:
    case LC_T_LONG_ARR:
        return "Integer[]";
    case LC_T_DOUBLE_ARR:
        return "Float[]";
    case LC_T_BOOL_ARR:
        return "Boolean[]";
    case LC_T_STRING_ARR:
        return "String[]";
    case LC_T_CHAR_ARR:
        return "Character[]";
    case LC_T_INT_ARR2:
        return "Integer[][]";
    case LC_T_STRING_ARR2:
        return "String[][]";
    case LC_T_CHAR_ARR2:
        return "Character[][]";
    case LC_T_LISTNODE:
        return "ListNode";
    case LC_T_TREENODE:
        return "TreeNode";
    default:
        return NULL;
    }
}

#define PUT(s) LC_DRIVER_TRY("ruby", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("ruby", lc_buf_printf(out, __VA_ARGS__))

lc_code lc_starter_ruby(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    char name[2 * LC_SIG_NAME_MAX + 2];
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        PUT("# Definition for singly-linked list.\n"
            "# class ListNode\n"
            "#     attr_accessor :val, :next\n"
            "#     def initialize(val = 0, _next = nil)\n"
            "#         @val = val\n"
            "#         @next = _next\n"
            "#     end\n"
            "# end\n");
    if (lc_signature_uses(sig, LC_T_TREENODE))
        PUT("# Definition for a binary tree node.\n"
            "# class TreeNode\n"
            "#     attr_accessor :val, :left, :right\n"
            "#     def initialize(val = 0, left = nil, right = nil)\n"
            "#         @val = val\n"
            "#         @left = left\n"
            "#         @right = right\n"
            "#     end\n"
            "# end\n");
    for (int i = 0; i < sig->nparams; i++) {
        lc_snake_case(sig->params[i].name, name, sizeof name);
        PRINTF("# @param {%s} %s\n", rb_doc_type(sig->params[i].type), name);
    }
    if (sig->returns == LC_T_VOID) {
        lc_snake_case(sig->params[sig->output].name, name, sizeof name);
        PRINTF("# @return {Void} Do not return anything, modify %s in-place instead.\n", name);
    } else {
        PRINTF("# @return {%s}\n", rb_doc_type(sig->returns));
    }
    lc_snake_case(sig->name, name, sizeof name);
    PRINTF("def %s(", name);
    for (int i = 0; i < sig->nparams; i++) {
        lc_snake_case(sig->params[i].name, name, sizeof name);
        PRINTF("%s%s", i ? ", " : "", name);
    }
    PUT(")\n    \nend\n");
    return LC_OK;
}

lc_code lc_driver_ruby(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                       lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.rb";
        info->main_class = NULL;
    }
    /* one line, no newline at its end: the user code follows on the same line */
    PUT("require 'json'; require 'set'; $lc__input = $stdin.binmode.read; "
        "begin; $stdin.reopen('/dev/null'); rescue StandardError; end; "
        "class ListNode; attr_accessor :val, :next; def initialize(val = 0, _next = nil); "
        "@val = val; @next = _next; end; end; "
        "class TreeNode; attr_accessor :val, :left, :right; "
        "def initialize(val = 0, left = nil, right = nil); @val = val; @left = left; "
        "@right = right; end; end; ");
    if (len)
        LC_DRIVER_TRY("ruby", lc_buf_append(out, user, len));
    PUT("\n# ---- end of user code ----\n");
    PUT(lc_rt_ruby);
    PUT("\n# ---- main (generated) ----\nlc__run(");
    LC_DRIVER_TRY("ruby", lc_driver_run_types(sig, '\'', out, e));
    char name[2 * LC_SIG_NAME_MAX + 2];
    lc_snake_case(sig->name, name, sizeof name);
    PRINTF(") { |lc__a| %s(*lc__a) }\n", name);
    return LC_OK;
}
