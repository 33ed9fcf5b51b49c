/* The Kotlin driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.kt, compiled by Debian's kotlinc 1.3 — its compiler
 * called as the kotlinc script calls it —, run by java on MainKt):
 *   prelude  `import java.util.*; import kotlin.math.*; ` on the user's first
 *            line, no newline (LeetCode's Kotlin has them), so the user's
 *            line numbers stay exact in compiler messages and stack traces;
 *   user code, unchanged: LeetCode's `class Solution { fun twoSum(nums:
 *            IntArray, target: Int): IntArray { } }`;
 *   ListNode / TreeNode as LeetCode defines them (`class ListNode(var `val`:
 *            Int) { var next: ListNode? = null }`), unless the user's code
 *            declares them;
 *   runtime  drivers/kotlin/runtime.kt (LcJson, LcList, LcTree, LcIO, lcArg);
 *   main     a top-level `fun main()`: per test the parameters (lcArg), the
 *            call timed, the answer written by its run-time type (so a
 *            solution may return List<Int> where LeetCode says IntArray). */
#include "driver.h"
#include "lang.h"

#include <string.h>

#define PUT(s) LC_DRIVER_TRY("kotlin", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("kotlin", lc_buf_printf(out, __VA_ARGS__))

/* LeetCode's Kotlin spelling and the expression reading it from the LcJson j. */
static const lc_driver_type kt_types[LC_T_COUNT] = {
    [LC_T_VOID] = {"Unit", NULL},
    [LC_T_INT] = {"Int", "j.rInt()"},
    [LC_T_LONG] = {"Long", "j.rLong()"},
    [LC_T_DOUBLE] = {"Double", "j.rDouble()"},
    [LC_T_BOOL] = {"Boolean", "j.rBool()"},
    [LC_T_STRING] = {"String", "j.rString()"},
    [LC_T_CHAR] = {"Char", "j.rChar()"},
    [LC_T_INT_ARR] = {"IntArray", "j.rList { j.rInt() }.toIntArray()"},
    [LC_T_LONG_ARR] = {"LongArray", "j.rList { j.rLong() }.toLongArray()"},
    [LC_T_DOUBLE_ARR] = {"DoubleArray", "j.rList { j.rDouble() }.toDoubleArray()"},
    [LC_T_BOOL_ARR] = {"BooleanArray", "j.rList { j.rBool() }.toBooleanArray()"},
    [LC_T_STRING_ARR] = {"Array<String>", "j.rList { j.rString() }.toTypedArray()"},
    [LC_T_CHAR_ARR] = {"CharArray", "j.rList { j.rChar() }.toCharArray()"},
    [LC_T_INT_ARR2] = {"Array<IntArray>", "j.rList { j.rList { j.rInt() }.toIntArray() }.toTypedArray()"},
    /* string matrices are lists, as in LeetCode's Java */
    [LC_T_STRING_ARR2] = {"List<List<String>>", "j.rList { j.rList { j.rString() } }"},
    [LC_T_CHAR_ARR2] = {"Array<CharArray>", "j.rList { j.rList { j.rChar() }.toCharArray() }.toTypedArray()"},
    [LC_T_LISTNODE] = {"ListNode?", "LcList.r(j)"},
    [LC_T_TREENODE] = {"TreeNode?", "LcTree.r(j)"},
};

/* LeetCode's list forms (list<int>, ..., lc_param.list). */
static const lc_driver_type kt_list_types[LC_T_COUNT] = {
    [LC_T_INT_ARR] = {"List<Int>", "j.rList { j.rInt() }"},
    [LC_T_STRING_ARR] = {"List<String>", "j.rList { j.rString() }"},
    [LC_T_INT_ARR2] = {"List<List<Int>>", "j.rList { j.rList { j.rInt() } }"},
    [LC_T_STRING_ARR2] = {"List<List<String>>", "j.rList { j.rList { j.rString() } }"},
};

static const lc_driver_type *kt(lc_type t, bool list)
{
    return lc_driver_type_of(kt_types, kt_list_types, t, list);
}

static const char list_def[] = "class ListNode(var `val`: Int) {\n"
                               "    var next: ListNode? = null\n"
                               "}\n";

static const char tree_def[] = "class TreeNode(var `val`: Int) {\n"
                               "    var left: TreeNode? = null\n"
                               "    var right: TreeNode? = null\n"
                               "}\n";

lc_code lc_starter_kotlin(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        PUT("/**\n"
            " * Example:\n"
            " * var li = ListNode(5)\n"
            " * var v = li.`val`\n"
            " * Definition for singly-linked list.\n"
            " * class ListNode(var `val`: Int) {\n"
            " *     var next: ListNode? = null\n"
            " * }\n"
            " */\n");
    if (lc_signature_uses(sig, LC_T_TREENODE))
        PUT("/**\n"
            " * Example:\n"
            " * var ti = TreeNode(5)\n"
            " * var v = ti.`val`\n"
            " * Definition for a binary tree node.\n"
            " * class TreeNode(var `val`: Int) {\n"
            " *     var left: TreeNode? = null\n"
            " *     var right: TreeNode? = null\n"
            " * }\n"
            " */\n");
    PRINTF("class Solution {\n    fun %s(", sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s: %s", i ? ", " : "", sig->params[i].name,
               kt(sig->params[i].type, sig->params[i].list)->decl);
    PUT(")");
    if (sig->returns != LC_T_VOID)
        PRINTF(": %s", kt(sig->returns, sig->returns_list)->decl);
    PUT(" {\n        \n    }\n}\n");
    return LC_OK;
}

lc_code lc_driver_kotlin(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                         lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.kt";
        info->main_class = "MainKt";
    }
    if (!user)
        len = 0, user = "";
    if (len >= 3 && memcmp(user, "\xEF\xBB\xBF", 3) == 0) { /* a BOM: not mid-line */
        user += 3;
        len -= 3;
    }
    PUT("import java.util.*; import kotlin.math.*; ");
    LC_DRIVER_TRY("kotlin", lc_buf_append(out, user, len));
    PUT("\n// ---- LiteCode driver ----\n");
    bool lists = lc_signature_uses(sig, LC_T_LISTNODE), trees = lc_signature_uses(sig, LC_T_TREENODE);
    if (lists && !lc_lang_java_declares(user, len, "ListNode"))
        PUT(list_def);
    if (trees && !lc_lang_java_declares(user, len, "TreeNode"))
        PUT(tree_def);
    lc_code rc = lc_driver_emit_sections(sig, lc_rt_kotlin, NULL, out, e);
    if (rc)
        return rc;
    PRINTF("\n// ---- generated main ----\n"
           "fun main() {\n"
           "    val lc_n = LcIO.begin(%d)\n"
           "    for (lc_i in 0 until lc_n) {\n",
           sig->nparams);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("        val lc_p%d = lcArg(lc_i, %d) { j -> %s }\n", i, i,
               kt(sig->params[i].type, sig->params[i].list)->read);
    PUT("        val lc_sol = try { Solution() } catch (lc_x: Throwable) { LcIO.crash(lc_x) }\n"
        "        val lc_t0 = System.nanoTime()\n"
        "        val lc_r = try { lc_sol.");
    PRINTF("%s(", sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%slc_p%d", i ? ", " : "", i);
    PUT(") } catch (lc_x: Throwable) { LcIO.crash(lc_x) }\n"
        "        val lc_t1 = System.nanoTime()\n"
        "        val lc_b = LcIO.buf()\n");
    lc_type t = sig->returns == LC_T_VOID ? sig->params[sig->output].type : sig->returns;
    const char *writer = t == LC_T_LISTNODE ? "LcList.w" : t == LC_T_TREENODE ? "LcTree.w" : "LcJson.w";
    if (sig->returns == LC_T_VOID)
        PRINTF("        %s(lc_b, lc_p%d)\n", writer, sig->output);
    else
        PRINTF("        %s(lc_b, lc_r)\n", writer);
    PUT("        LcIO.frame(lc_i, lc_t1 - lc_t0, lc_b)\n"
        "    }\n"
        "    LcIO.end()\n"
        "}\n");
    return LC_OK;
}
