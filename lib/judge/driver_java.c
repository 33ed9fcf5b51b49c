/* The java driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (compiled with `javac -d /box FILE`, run as `java ... LcDriver`):
 *   prelude  LeetCode's imports (java.util.*, java.util.function.*,
 *            java.util.stream.*, java.math.*, java.io.*) at the start of the
 *            user's first line, so line numbers in compiler messages and
 *            stack traces are the user's own; the user's imports follow;
 *   user code, unchanged (nothing is declared before it);
 *   ListNode / TreeNode as LeetCode defines them, non-public, only when the
 *            signature uses them and the user code does not declare them;
 *   runtime  drivers/java/Runtime.java (classes LcJson, LcIO, LcList,
 *            LcTree; the list and tree sections are left out when unused);
 *   main     generated from the signature:
 *
 *     final class LcDriver {
 *         public static void main(String[] lc_args)
 *         {
 *             int lc_n = LcIO.begin(2);
 *             for (int lc_i = 0; lc_i < lc_n; lc_i++) {
 *                 int[] lc_p0;
 *                 int lc_p1;
 *                 try {
 *                     lc_p0 = LcJson.pIntArr(LcIO.line(lc_i, 0));
 *                     lc_p1 = LcJson.pInt(LcIO.line(lc_i, 1));
 *                 } catch (LcParseError lc_x) { LcIO.parseFail(lc_i, lc_x); return; }
 *                 Solution lc_sol;
 *                 int[] lc_r;
 *                 long lc_t0, lc_t1;
 *                 try {
 *                     lc_sol = new Solution();
 *                     lc_t0 = System.nanoTime();
 *                     lc_r = lc_sol.twoSum(lc_p0, lc_p1);
 *                     lc_t1 = System.nanoTime();
 *                 } catch (Throwable lc_x) { LcIO.crash(lc_x); return; }
 *                 StringBuilder lc_b = LcIO.buf();
 *                 LcJson.wIntArr(lc_b, lc_r);
 *                 LcIO.frame(lc_i, lc_t1 - lc_t0, lc_b);
 *             }
 *             LcIO.end();
 *         }
 *     }
 *
 * The file is named after the user's public top-level class when there is
 * one (javac requires it), else LcDriver.java. string[][] is
 * List<List<String>> both as a parameter and as a result (LeetCode's
 * convention for string matrices). */
#include "driver.h"
#include "lang.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define TRY(call) LC_DRIVER_TRY("java", call)

/* How one signature type looks in Java. */
typedef struct java_type {
    const char *decl;   /* starter code (LeetCode's spelling) */
    const char *local;  /* the generated main's variable type (fully qualified) */
    const char *parser; /* the runtime's line -> value function */
    const char *writer; /* the runtime's serializer (StringBuilder, value) */
} java_type;

static const java_type java_types[LC_T_COUNT] = {
    [LC_T_VOID] = {"void", "void", NULL, NULL},
    [LC_T_INT] = {"int", "int", "LcJson.pInt", "LcJson.wInt"},
    [LC_T_LONG] = {"long", "long", "LcJson.pLong", "LcJson.wLong"},
    [LC_T_DOUBLE] = {"double", "double", "LcJson.pDouble", "LcJson.wDouble"},
    [LC_T_BOOL] = {"boolean", "boolean", "LcJson.pBool", "LcJson.wBool"},
    [LC_T_STRING] = {"String", "String", "LcJson.pString", "LcJson.wString"},
    [LC_T_CHAR] = {"char", "char", "LcJson.pChar", "LcJson.wChar"},
    [LC_T_INT_ARR] = {"int[]", "int[]", "LcJson.pIntArr", "LcJson.wIntArr"},
    [LC_T_LONG_ARR] = {"long[]", "long[]", "LcJson.pLongArr", "LcJson.wLongArr"},
    [LC_T_DOUBLE_ARR] = {"double[]", "double[]", "LcJson.pDoubleArr", "LcJson.wDoubleArr"},
    [LC_T_BOOL_ARR] = {"boolean[]", "boolean[]", "LcJson.pBoolArr", "LcJson.wBoolArr"},
    [LC_T_STRING_ARR] = {"String[]", "String[]", "LcJson.pStringArr", "LcJson.wStringArr"},
    [LC_T_CHAR_ARR] = {"char[]", "char[]", "LcJson.pCharArr", "LcJson.wCharArr"},
    [LC_T_INT_ARR2] = {"int[][]", "int[][]", "LcJson.pIntArr2", "LcJson.wIntArr2"},
    [LC_T_STRING_ARR2] = {"List<List<String>>", "java.util.List<java.util.List<String>>",
                          "LcJson.pStringList2", "LcJson.wStringList2"},
    [LC_T_CHAR_ARR2] = {"char[][]", "char[][]", "LcJson.pCharArr2", "LcJson.wCharArr2"},
    [LC_T_LISTNODE] = {"ListNode", "ListNode", "LcList.p", "LcList.w"},
    [LC_T_TREENODE] = {"TreeNode", "TreeNode", "LcTree.p", "LcTree.w"},
};

/* LeetCode's list forms (list<int>, ..., lc_param.list): List in Java. */
static const java_type java_list_types[LC_T_COUNT] = {
    [LC_T_INT_ARR] = {"List<Integer>", "java.util.List<Integer>", "LcJson.pIntList",
                      "LcJson.wIntList"},
    [LC_T_STRING_ARR] = {"List<String>", "java.util.List<String>", "LcJson.pStringList",
                         "LcJson.wStringList"},
    [LC_T_INT_ARR2] = {"List<List<Integer>>", "java.util.List<java.util.List<Integer>>",
                       "LcJson.pIntList2", "LcJson.wIntList2"},
    [LC_T_STRING_ARR2] = {"List<List<String>>", "java.util.List<java.util.List<String>>",
                          "LcJson.pStringList2", "LcJson.wStringList2"},
};

static const java_type *jt(lc_type t, bool list)
{
    return list && java_list_types[t].decl ? &java_list_types[t] : &java_types[t];
}

static const char list_comment[] = "/**\n"
                                   " * Definition for singly-linked list.\n"
                                   " * public class ListNode {\n"
                                   " *     int val;\n"
                                   " *     ListNode next;\n"
                                   " *     ListNode() {}\n"
                                   " *     ListNode(int val) { this.val = val; }\n"
                                   " *     ListNode(int val, ListNode next) { this.val = val; "
                                   "this.next = next; }\n"
                                   " * }\n"
                                   " */\n";

static const char tree_comment[] = "/**\n"
                                   " * Definition for a binary tree node.\n"
                                   " * public class TreeNode {\n"
                                   " *     int val;\n"
                                   " *     TreeNode left;\n"
                                   " *     TreeNode right;\n"
                                   " *     TreeNode() {}\n"
                                   " *     TreeNode(int val) { this.val = val; }\n"
                                   " *     TreeNode(int val, TreeNode left, TreeNode right) {\n"
                                   " *         this.val = val;\n"
                                   " *         this.left = left;\n"
                                   " *         this.right = right;\n"
                                   " *     }\n"
                                   " * }\n"
                                   " */\n";

lc_code lc_starter_java(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        TRY(lc_buf_append(out, list_comment, sizeof list_comment - 1));
    if (lc_signature_uses(sig, LC_T_TREENODE))
        TRY(lc_buf_append(out, tree_comment, sizeof tree_comment - 1));
    TRY(lc_buf_printf(out, "class Solution {\n    public %s %s(", jt(sig->returns, sig->returns_list)->decl,
                      sig->name));
    for (int i = 0; i < sig->nparams; i++)
        TRY(lc_buf_printf(out, "%s%s %s", i ? ", " : "", jt(sig->params[i].type, sig->params[i].list)->decl,
                          sig->params[i].name));
    TRY(lc_buf_printf(out, ") {\n        \n    }\n}\n"));
    return LC_OK;
}

/* On the user's first line (no newline): the user's line numbers stay
 * exact in compiler messages and stack traces. */
static const char prelude[] = "import java.util.*; import java.util.function.*; "
                              "import java.util.stream.*; import java.math.*; import java.io.*; ";

/* LeetCode's Pair (javafx.util.Pair's interface), when the user's code does
 * not declare its own. */
static const char pair_class[] =
    "class Pair<K, V> {\n"
    "    private final K key;\n"
    "    private final V value;\n"
    "    public Pair(K key, V value) { this.key = key; this.value = value; }\n"
    "    public K getKey() { return key; }\n"
    "    public V getValue() { return value; }\n"
    "    @Override public boolean equals(Object o) {\n"
    "        if (this == o) return true;\n"
    "        if (!(o instanceof Pair)) return false;\n"
    "        Pair<?, ?> p = (Pair<?, ?>) o;\n"
    "        return Objects.equals(key, p.key) && Objects.equals(value, p.value);\n"
    "    }\n"
    "    @Override public int hashCode() { return Objects.hashCode(key) * 13 + Objects.hashCode(value); }\n"
    "    @Override public String toString() { return key + \"=\" + value; }\n"
    "}\n";

static const char list_class[] = "class ListNode {\n"
                                 "    int val;\n"
                                 "    ListNode next;\n"
                                 "    ListNode() {}\n"
                                 "    ListNode(int val) { this.val = val; }\n"
                                 "    ListNode(int val, ListNode next) { this.val = val; "
                                 "this.next = next; }\n"
                                 "}\n";

static const char tree_class[] = "class TreeNode {\n"
                                 "    int val;\n"
                                 "    TreeNode left;\n"
                                 "    TreeNode right;\n"
                                 "    TreeNode() {}\n"
                                 "    TreeNode(int val) { this.val = val; }\n"
                                 "    TreeNode(int val, TreeNode left, TreeNode right) {\n"
                                 "        this.val = val;\n"
                                 "        this.left = left;\n"
                                 "        this.right = right;\n"
                                 "    }\n"
                                 "}\n";

static lc_code emit_main(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    TRY(lc_buf_printf(out,
                      "\n"
                      "// ---- generated main ----\n"
                      "final class LcDriver {\n"
                      "    public static void main(String[] lc_args)\n"
                      "    {\n"
                      "        int lc_n = LcIO.begin(%d);\n"
                      "        for (int lc_i = 0; lc_i < lc_n; lc_i++) {\n",
                      sig->nparams));
    for (int i = 0; i < sig->nparams; i++)
        TRY(lc_buf_printf(out, "            %s lc_p%d;\n", jt(sig->params[i].type, sig->params[i].list)->local,
                          i));
    if (sig->nparams > 0) {
        TRY(lc_buf_printf(out, "            try {\n"));
        for (int i = 0; i < sig->nparams; i++)
            TRY(lc_buf_printf(out, "                lc_p%d = %s(LcIO.line(lc_i, %d));\n", i,
                              jt(sig->params[i].type, sig->params[i].list)->parser, i));
        TRY(lc_buf_printf(out, "            } catch (LcParseError lc_x) {\n"
                               "                LcIO.parseFail(lc_i, lc_x);\n"
                               "                return;\n"
                               "            }\n"));
    }
    TRY(lc_buf_printf(out, "            Solution lc_sol;\n"));
    if (sig->returns != LC_T_VOID)
        TRY(lc_buf_printf(out, "            %s lc_r;\n", jt(sig->returns, sig->returns_list)->local));
    TRY(lc_buf_printf(out, "            long lc_t0, lc_t1;\n"
                           "            try {\n"
                           "                lc_sol = new Solution();\n"
                           "                lc_t0 = System.nanoTime();\n"
                           "                "));
    if (sig->returns != LC_T_VOID)
        TRY(lc_buf_printf(out, "lc_r = "));
    TRY(lc_buf_printf(out, "lc_sol.%s(", sig->name));
    for (int i = 0; i < sig->nparams; i++)
        TRY(lc_buf_printf(out, "%slc_p%d", i ? ", " : "", i));
    TRY(lc_buf_printf(out, ");\n"
                           "                lc_t1 = System.nanoTime();\n"
                           "            } catch (Throwable lc_x) {\n"
                           "                LcIO.crash(lc_x);\n"
                           "                return;\n"
                           "            }\n"
                           "            StringBuilder lc_b = LcIO.buf();\n"));
    if (sig->returns == LC_T_VOID)
        TRY(lc_buf_printf(out, "            %s(lc_b, lc_p%d);\n",
                          jt(sig->params[sig->output].type, sig->params[sig->output].list)->writer, sig->output));
    else
        TRY(lc_buf_printf(out, "            %s(lc_b, lc_r);\n", jt(sig->returns, sig->returns_list)->writer));
    TRY(lc_buf_printf(out, "            LcIO.frame(lc_i, lc_t1 - lc_t0, lc_b);\n"
                           "        }\n"
                           "        LcIO.end();\n"
                           "    }\n"
                           "}\n"));
    return LC_OK;
}

lc_code lc_driver_java(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                       lc_driver_info *info, lc_err *e)
{
    /* "<public class>.java"; valid until the next call in this thread */
    static _Thread_local char src_name[300];

    lc_code rc = LC_OK;
    if (!user && len)
        return lc_err_set(e, LC_ERR_INTERNAL, "java driver: no source");
    if (!user)
        user = "";

    if (len >= 3 && memcmp(user, "\xEF\xBB\xBF", 3) == 0) { /* a BOM: javac rejects it mid-line */
        user += 3;
        len -= 3;
    }
    char main_cls[256], public_cls[256];
    lc_lang_java_classes(user, len, main_cls, sizeof main_cls, public_cls, sizeof public_cls);

    TRY(lc_buf_append(out, prelude, sizeof prelude - 1));
    if (len) {
        TRY(lc_buf_append(out, user, len));
        if (user[len - 1] != '\n')
            TRY(lc_buf_append(out, "\n", 1));
    }
    TRY(lc_buf_printf(out, "\n// ---- LiteCode driver ----\n"));
    bool lists = lc_signature_uses(sig, LC_T_LISTNODE), trees = lc_signature_uses(sig, LC_T_TREENODE);
    if (lists && !lc_lang_java_declares(user, len, "ListNode"))
        TRY(lc_buf_append(out, list_class, sizeof list_class - 1));
    if (trees && !lc_lang_java_declares(user, len, "TreeNode"))
        TRY(lc_buf_append(out, tree_class, sizeof tree_class - 1));
    if (!lc_lang_java_declares(user, len, "Pair"))
        TRY(lc_buf_append(out, pair_class, sizeof pair_class - 1));
    rc = lc_driver_emit_sections(sig, lc_rt_java, NULL, out, e);
    if (rc)
        return rc;
    rc = emit_main(sig, out, e);
    if (rc)
        return rc;

    if (info) {
        if (public_cls[0])
            snprintf(src_name, sizeof src_name, "%s.java", public_cls);
        else
            snprintf(src_name, sizeof src_name, "LcDriver.java");
        info->src_name = src_name;
        info->main_class = "LcDriver";
    }
    return LC_OK;
}
