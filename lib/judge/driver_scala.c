/* The Scala driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.scala, compiled by Debian's scalac 2.11 — its compiler
 * called as the scalac script calls it —, run by java on the object Main):
 *   user code, unchanged: LeetCode's `object Solution { def twoSum(nums:
 *            Array[Int], target: Int): Array[Int] = { } }` (nothing before
 *            it: the user's line numbers are the file's);
 *   ListNode / TreeNode as LeetCode defines them (`class ListNode(_x: Int = 0,
 *            _next: ListNode = null)`), unless the user's code declares them;
 *   runtime  drivers/scala/runtime.scala (LcJson, LcList, LcTree, LcIO);
 *   main     `object Main`: per test the parameters (LcIO.arg), the call
 *            timed, the answer written by its run-time type. */
#include "driver.h"
#include "lang.h"

#include <string.h>

#define PUT(s) LC_DRIVER_TRY("scala", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("scala", lc_buf_printf(out, __VA_ARGS__))

/* LeetCode's Scala spelling and the expression reading it from the LcJson j. */
static const lc_driver_type sc_types[LC_T_COUNT] = {
    [LC_T_VOID] = {"Unit", NULL},
    [LC_T_INT] = {"Int", "j.rInt()"},
    [LC_T_LONG] = {"Long", "j.rLong()"},
    [LC_T_DOUBLE] = {"Double", "j.rDouble()"},
    [LC_T_BOOL] = {"Boolean", "j.rBool()"},
    [LC_T_STRING] = {"String", "j.rString()"},
    [LC_T_CHAR] = {"Char", "j.rChar()"},
    [LC_T_INT_ARR] = {"Array[Int]", "j.rArr(j.rInt())"},
    [LC_T_LONG_ARR] = {"Array[Long]", "j.rArr(j.rLong())"},
    [LC_T_DOUBLE_ARR] = {"Array[Double]", "j.rArr(j.rDouble())"},
    [LC_T_BOOL_ARR] = {"Array[Boolean]", "j.rArr(j.rBool())"},
    [LC_T_STRING_ARR] = {"Array[String]", "j.rArr(j.rString())"},
    [LC_T_CHAR_ARR] = {"Array[Char]", "j.rArr(j.rChar())"},
    [LC_T_INT_ARR2] = {"Array[Array[Int]]", "j.rArr(j.rArr(j.rInt()))"},
    /* string matrices are lists, as in LeetCode's Java */
    [LC_T_STRING_ARR2] = {"List[List[String]]", "j.rList(j.rList(j.rString()))"},
    [LC_T_CHAR_ARR2] = {"Array[Array[Char]]", "j.rArr(j.rArr(j.rChar()))"},
    [LC_T_LISTNODE] = {"ListNode", "LcList.r(j)"},
    [LC_T_TREENODE] = {"TreeNode", "LcTree.r(j)"},
};

/* LeetCode's list forms (list<int>, ..., lc_param.list). */
static const lc_driver_type sc_list_types[LC_T_COUNT] = {
    [LC_T_INT_ARR] = {"List[Int]", "j.rList(j.rInt())"},
    [LC_T_STRING_ARR] = {"List[String]", "j.rList(j.rString())"},
    [LC_T_INT_ARR2] = {"List[List[Int]]", "j.rList(j.rList(j.rInt()))"},
    [LC_T_STRING_ARR2] = {"List[List[String]]", "j.rList(j.rList(j.rString()))"},
};

static const lc_driver_type *st(lc_type t, bool list)
{
    return lc_driver_type_of(sc_types, sc_list_types, t, list);
}

static const char list_def[] = "class ListNode(_x: Int = 0, _next: ListNode = null) {\n"
                               "  var next: ListNode = _next\n"
                               "  var x: Int = _x\n"
                               "}\n";

static const char tree_def[] = "class TreeNode(_value: Int = 0, _left: TreeNode = null, _right: TreeNode = null) {\n"
                               "  var value: Int = _value\n"
                               "  var left: TreeNode = _left\n"
                               "  var right: TreeNode = _right\n"
                               "}\n";

lc_code lc_starter_scala(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    lc_code rc = LC_OK;
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        rc = lc_driver_doc_comment("Definition for singly-linked list.", list_def, out, e);
    if (rc == LC_OK && lc_signature_uses(sig, LC_T_TREENODE))
        rc = lc_driver_doc_comment("Definition for a binary tree node.", tree_def, out, e);
    if (rc)
        return rc;
    PRINTF("object Solution {\n    def %s(", sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s: %s", i ? ", " : "", sig->params[i].name,
               st(sig->params[i].type, sig->params[i].list)->decl);
    PRINTF("): %s = {\n        \n    }\n}\n", st(sig->returns, sig->returns_list)->decl);
    return LC_OK;
}

lc_code lc_driver_scala(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                        lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.scala";
        info->main_class = "Main";
    }
    if (!user)
        len = 0, user = "";
    LC_DRIVER_TRY("scala", lc_buf_append(out, user, len));
    PUT("\n// ---- LiteCode driver ----\n");
    if (lc_signature_uses(sig, LC_T_LISTNODE) && !lc_lang_java_declares(user, len, "ListNode"))
        PUT(list_def);
    if (lc_signature_uses(sig, LC_T_TREENODE) && !lc_lang_java_declares(user, len, "TreeNode"))
        PUT(tree_def);
    lc_code rc = lc_driver_emit_sections(sig, lc_rt_scala, NULL, out, e);
    if (rc)
        return rc;
    PRINTF("\n// ---- generated main ----\n"
           "object Main {\n"
           "  def main(lc_args: Array[String]): Unit = {\n"
           "    val lc_n = LcIO.begin(%d)\n"
           "    for (lc_i <- 0 until lc_n) {\n",
           sig->nparams);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("      val lc_p%d = LcIO.arg(lc_i, %d) { j => %s }\n", i, i,
               st(sig->params[i].type, sig->params[i].list)->read);
    PRINTF("      val lc_t0 = System.nanoTime()\n"
           "      val lc_r = try Solution.%s(",
           sig->name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%slc_p%d", i ? ", " : "", i);
    PUT(") catch { case lc_x: Throwable => LcIO.crash(lc_x) }\n"
        "      val lc_t1 = System.nanoTime()\n"
        "      val lc_b = LcIO.buf()\n");
    lc_type t = sig->returns == LC_T_VOID ? sig->params[sig->output].type : sig->returns;
    const char *writer = t == LC_T_LISTNODE ? "LcList.w" : t == LC_T_TREENODE ? "LcTree.w" : "LcJson.w";
    if (sig->returns == LC_T_VOID)
        PRINTF("      %s(lc_b, lc_p%d)\n", writer, sig->output);
    else
        PRINTF("      %s(lc_b, lc_r)\n", writer);
    PUT("      LcIO.frame(lc_i, lc_t1 - lc_t0, lc_b)\n"
        "    }\n"
        "    LcIO.end()\n"
        "  }\n"
        "}\n");
    return LC_OK;
}
