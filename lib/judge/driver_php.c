/* The PHP driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.php, syntax-checked by `php -l`, run by `php`):
 *   prelude   `<?php` and one line, no newline after it (so the user's line
 *             numbers stay the same in errors): all of stdin read into
 *             $lc__input, fd 0 reopened on /dev/null
 *   user code LeetCode's `class Solution { function twoSum($nums, $target) }`,
 *             unchanged but for an opening `<?php` or closing `?>` of its
 *             own, blanked (same length)
 *   runtime   drivers/php/runtime.php (lc_rt_php): ListNode and TreeNode
 *             unless the user's code declares them, JSON, frames on fd 3
 *   main      lc__run([param types], return type, output index, 'name');
 * An in-place problem's output parameter is by reference (`&$nums`), as in
 * LeetCode's PHP templates; the argument array is unpacked into the call, so
 * the reference reaches it. */
#include "driver.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* The type LeetCode's PHP templates write in their doc comments. */
static const char *php_doc_type(lc_type t)
{
    switch (t) {
    case LC_T_VOID:
        return "NULL";
    case LC_T_INT:
    case LC_T_LONG:
        return "Integer";
    case LC_T_DOUBLE:
        return "Float";
    case LC_T_BOOL:
        return "Boolean";
    case LC_T_STRING:
    case LC_T_CHAR:
        return "String";
    case LC_T_INT_ARR:
    case LC_T_LONG_ARR:
        return "Integer[]";
    case LC_T_DOUBLE_ARR:
        return "Float[]";
    case LC_T_BOOL_ARR:
        return "Boolean[]";
    case LC_T_STRING_ARR:
    case LC_T_CHAR_ARR:
        return "String[]";
    case LC_T_INT_ARR2:
        return "Integer[][]";
    case LC_T_STRING_ARR2:
    case LC_T_CHAR_ARR2:
        return "String[][]";
    case LC_T_LISTNODE:
        return "ListNode";
    case LC_T_TREENODE:
        return "TreeNode";
    default:
        return NULL;
    }
}

#define PUT(s) LC_DRIVER_TRY("php", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("php", lc_buf_printf(out, __VA_ARGS__))

lc_code lc_starter_php(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        PUT("/**\n"
            " * Definition for a singly-linked list.\n"
            " * class ListNode {\n"
            " *     public $val = 0;\n"
            " *     public $next = null;\n"
            " *     function __construct($val = 0, $next = null) {\n"
            " *         $this->val = $val;\n"
            " *         $this->next = $next;\n"
            " *     }\n"
            " * }\n"
            " */\n");
    if (lc_signature_uses(sig, LC_T_TREENODE))
        PUT("/**\n"
            " * Definition for a binary tree node.\n"
            " * class TreeNode {\n"
            " *     public $val = null;\n"
            " *     public $left = null;\n"
            " *     public $right = null;\n"
            " *     function __construct($val = 0, $left = null, $right = null) {\n"
            " *         $this->val = $val;\n"
            " *         $this->left = $left;\n"
            " *         $this->right = $right;\n"
            " *     }\n"
            " * }\n"
            " */\n");
    PUT("class Solution {\n\n    /**\n");
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("     * @param %s $%s\n", php_doc_type(sig->params[i].type), sig->params[i].name);
    PRINTF("     * @return %s\n     */\n    function %s(", php_doc_type(sig->returns), sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s$%s", i ? ", " : "",
               sig->returns == LC_T_VOID && i == sig->output ? "&" : "", sig->params[i].name);
    PUT(") {\n        \n    }\n}\n");
    return LC_OK;
}

/* Where the user's own `<?php` starts (after blanks only), or len. */
static size_t open_tag_at(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    return i + 5 <= len && strncasecmp(s + i, "<?php", 5) == 0 ? i : len;
}

/* Where the user's closing `?>` starts (blanks only after it), or len. */
static size_t close_tag_at(const char *s, size_t len)
{
    size_t i = len;
    while (i > 0 && isspace((unsigned char)s[i - 1]))
        i--;
    return i >= 2 && s[i - 2] == '?' && s[i - 1] == '>' ? i - 2 : len;
}

lc_code lc_driver_php(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                      lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.php";
        info->main_class = NULL;
    }
    PUT("<?php /* LiteCode driver prelude */ $lc__input = stream_get_contents(STDIN); "
        "fclose(STDIN); $lc__stdin = fopen('/dev/null', 'r'); ");
    size_t open = open_tag_at(user, len), close = close_tag_at(user, len);
    for (size_t i = 0; i < len; i++) {
        char c = user[i];
        if ((open < len && i >= open && i < open + 5) || (close < len && i >= close))
            c = isspace((unsigned char)c) ? c : ' ';
        LC_DRIVER_TRY("php", lc_buf_append(out, &c, 1));
    }
    PUT("\n// ---- end of user code ----\n");
    PUT(lc_rt_php);
    PUT("\n// ---- main (generated) ----\nlc__run(");
    LC_DRIVER_TRY("php", lc_driver_run_types(sig, '\'', out, e));
    PRINTF(", '%s');\n", sig->name);
    return LC_OK;
}
