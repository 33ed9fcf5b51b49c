/* The C# driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.cs, compiled by Mono's mcs into main.exe, run by mono):
 *   prelude  the namespaces .NET's implicit usings and LeetCode give
 *            (System, System.Collections.Generic, System.Linq, System.Text,
 *            System.Numerics ...) on the user's first line, no newline, so
 *            the user's line numbers stay exact in compiler messages and
 *            stack traces (a `using` of the user's own repeats one: a warning);
 *   user code, unchanged: LeetCode's `public class Solution` with PascalCase
 *            methods (TwoSum);
 *   ListNode / TreeNode as LeetCode defines them, when the signature uses them
 *            and the user code does not declare them;
 *   runtime  drivers/csharp/runtime.cs (LcJson, LcList, LcTree, LcIO; .NET 6's
 *            PriorityQueue unless the user declares one; KeyValuePair's
 *            Deconstruct);
 *   main     static class LcDriver: per test, the parameters parsed from their
 *            lines, `new Solution()`, the call (through a delegate, so the
 *            JIT never inlines the user's method and a stack trace shows its
 *            line) timed, the answer (or the output parameter of a void
 *            method) written as a frame on fd 3.
 * An exception out of the user's code is printed with its stack trace (mono
 * --debug: file and line) and exits 1: a runtime error. */
#include "driver.h"
#include "lang.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define PUT(s) LC_DRIVER_TRY("csharp", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("csharp", lc_buf_printf(out, __VA_ARGS__))

/* How one signature type looks in C#: LeetCode's spelling, and the runtime
 * expression reading it from the LcJson `lc_j`. */
static const lc_driver_type cs_types[LC_T_COUNT] = {
    [LC_T_VOID] = {"void", NULL},
    [LC_T_INT] = {"int", "lc_j.RInt()"},
    [LC_T_LONG] = {"long", "lc_j.RLong()"},
    [LC_T_DOUBLE] = {"double", "lc_j.RDouble()"},
    [LC_T_BOOL] = {"bool", "lc_j.RBool()"},
    [LC_T_STRING] = {"string", "lc_j.RString()"},
    [LC_T_CHAR] = {"char", "lc_j.RChar()"},
    [LC_T_INT_ARR] = {"int[]", "lc_j.RArr(lc_j.RInt)"},
    [LC_T_LONG_ARR] = {"long[]", "lc_j.RArr(lc_j.RLong)"},
    [LC_T_DOUBLE_ARR] = {"double[]", "lc_j.RArr(lc_j.RDouble)"},
    [LC_T_BOOL_ARR] = {"bool[]", "lc_j.RArr(lc_j.RBool)"},
    [LC_T_STRING_ARR] = {"string[]", "lc_j.RArr(lc_j.RString)"},
    [LC_T_CHAR_ARR] = {"char[]", "lc_j.RArr(lc_j.RChar)"},
    [LC_T_INT_ARR2] = {"int[][]", "lc_j.RArr(() => lc_j.RArr(lc_j.RInt))"},
    /* LeetCode's C# spells string matrices as lists, as its Java does */
    [LC_T_STRING_ARR2] = {"IList<IList<string>>",
                          "lc_j.RList<IList<string>>(() => lc_j.RList(lc_j.RString))"},
    [LC_T_CHAR_ARR2] = {"char[][]", "lc_j.RArr(() => lc_j.RArr(lc_j.RChar))"},
    [LC_T_LISTNODE] = {"ListNode", "LcList.R(lc_j)"},
    [LC_T_TREENODE] = {"TreeNode", "LcTree.R(lc_j)"},
};

/* LeetCode's list forms (list<int>, ..., lc_param.list): IList in C#. */
static const lc_driver_type cs_list_types[LC_T_COUNT] = {
    [LC_T_INT_ARR] = {"IList<int>", "lc_j.RList(lc_j.RInt)"},
    [LC_T_STRING_ARR] = {"IList<string>", "lc_j.RList(lc_j.RString)"},
    [LC_T_INT_ARR2] = {"IList<IList<int>>", "lc_j.RList<IList<int>>(() => lc_j.RList(lc_j.RInt))"},
    [LC_T_STRING_ARR2] = {"IList<IList<string>>",
                          "lc_j.RList<IList<string>>(() => lc_j.RList(lc_j.RString))"},
};

static const lc_driver_type *ct(lc_type t, bool list)
{
    return lc_driver_type_of(cs_types, cs_list_types, t, list);
}

/* LeetCode's C# method name: PascalCase (twoSum -> TwoSum). */
static void pascal(const char *name, char *out, size_t outsz)
{
    snprintf(out, outsz, "%s", name);
    out[0] = (char)toupper((unsigned char)out[0]);
}

static const char list_def[] = "public class ListNode {\n"
                               "    public int val;\n"
                               "    public ListNode next;\n"
                               "    public ListNode(int val=0, ListNode next=null) {\n"
                               "        this.val = val;\n"
                               "        this.next = next;\n"
                               "    }\n"
                               "}\n";

static const char tree_def[] = "public class TreeNode {\n"
                               "    public int val;\n"
                               "    public TreeNode left;\n"
                               "    public TreeNode right;\n"
                               "    public TreeNode(int val=0, TreeNode left=null, TreeNode right=null) {\n"
                               "        this.val = val;\n"
                               "        this.left = left;\n"
                               "        this.right = right;\n"
                               "    }\n"
                               "}\n";

lc_code lc_starter_csharp(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    lc_code rc = LC_OK;
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        rc = lc_driver_doc_comment("Definition for singly-linked list.", list_def, out, e);
    if (rc == LC_OK && lc_signature_uses(sig, LC_T_TREENODE))
        rc = lc_driver_doc_comment("Definition for a binary tree node.", tree_def, out, e);
    if (rc)
        return rc;
    char name[LC_SIG_NAME_MAX];
    pascal(sig->name, name, sizeof name);
    PRINTF("public class Solution {\n    public %s %s(", ct(sig->returns, sig->returns_list)->decl, name);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s %s", i ? ", " : "", ct(sig->params[i].type, sig->params[i].list)->decl,
               sig->params[i].name);
    PUT(") {\n        \n    }\n}\n");
    return LC_OK;
}

/* On the user's first line (no newline). */
static const char prelude[] = "using System; using System.Collections; using System.Collections.Generic; "
                              "using System.Linq; using System.Text; using System.Numerics; ";

static lc_code emit_main(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    char name[LC_SIG_NAME_MAX];
    pascal(sig->name, name, sizeof name);
    PRINTF("\n// ---- generated main ----\n"
           "static class LcDriver\n"
           "{\n"
           "    static void Main()\n"
           "    {\n"
           "        int lc_n = LcIO.Begin(%d);\n"
           "        for (int lc_i = 0; lc_i < lc_n; lc_i++) {\n",
           sig->nparams);
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("            %s lc_p%d;\n", ct(sig->params[i].type, sig->params[i].list)->decl, i);
    if (sig->nparams > 0) {
        PUT("            try {\n"
            "                LcJson lc_j;\n");
        for (int i = 0; i < sig->nparams; i++)
            PRINTF("                lc_j = LcIO.Line(lc_i, %d);\n"
                   "                lc_p%d = %s;\n"
                   "                lc_j.End();\n",
                   i, i, ct(sig->params[i].type, sig->params[i].list)->read);
        PUT("            } catch (LcParseError lc_x) {\n"
            "                LcIO.ParseFail(lc_i, lc_x);\n"
            "                return;\n"
            "            }\n");
    }
    if (sig->returns != LC_T_VOID)
        PRINTF("            %s lc_r;\n", ct(sig->returns, sig->returns_list)->decl);
    /* the call goes through a delegate: the JIT never inlines the user's
       method into Main, so a stack trace keeps its frame and line */
    PUT("            long lc_t;\n"
        "            try {\n"
        "                Solution lc_sol = new Solution();\n");
    PUT(sig->returns == LC_T_VOID ? "                Action" : "                Func");
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s%s", i ? ", " : "<", ct(sig->params[i].type, sig->params[i].list)->decl);
    if (sig->returns != LC_T_VOID)
        PRINTF("%s%s", sig->nparams ? ", " : "<", ct(sig->returns, sig->returns_list)->decl);
    if (sig->nparams || sig->returns != LC_T_VOID)
        PUT(">");
    PRINTF(" lc_f = lc_sol.%s;\n"
           "                long lc_t0 = LcIO.Now();\n"
           "                ",
           name);
    if (sig->returns != LC_T_VOID)
        PUT("lc_r = ");
    PUT("lc_f(");
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%slc_p%d", i ? ", " : "", i);
    PUT(");\n"
        "                lc_t = LcIO.Now() - lc_t0;\n"
        "            } catch (Exception lc_x) {\n"
        "                LcIO.Crash(lc_x);\n"
        "                return;\n"
        "            }\n"
        "            StringBuilder lc_b = LcIO.Buf();\n");
    lc_type t = sig->returns == LC_T_VOID ? sig->params[sig->output].type : sig->returns;
    const char *writer = t == LC_T_LISTNODE ? "LcList.W" : t == LC_T_TREENODE ? "LcTree.W" : "LcJson.W";
    if (sig->returns == LC_T_VOID)
        PRINTF("            %s(lc_b, lc_p%d);\n", writer, sig->output);
    else
        PRINTF("            %s(lc_b, lc_r);\n", writer);
    PUT("            LcIO.Frame(lc_i, lc_t, lc_b);\n"
        "        }\n"
        "        LcIO.End();\n"
        "    }\n"
        "}\n");
    return LC_OK;
}

lc_code lc_driver_csharp(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                         lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.cs";
        info->main_class = NULL;
    }
    if (!user)
        len = 0, user = "";
    if (len >= 3 && memcmp(user, "\xEF\xBB\xBF", 3) == 0) { /* a BOM: not mid-line */
        user += 3;
        len -= 3;
    }
    PUT(prelude);
    LC_DRIVER_TRY("csharp", lc_buf_append(out, user, len));
    PUT("\n// ---- LiteCode driver ----\n");
    bool lists = lc_signature_uses(sig, LC_T_LISTNODE), trees = lc_signature_uses(sig, LC_T_TREENODE);
    if (lists && !lc_lang_java_declares(user, len, "ListNode"))
        PUT(list_def);
    if (trees && !lc_lang_java_declares(user, len, "TreeNode"))
        PUT(tree_def);
    /* .NET 6's PriorityQueue, unless the user's code declares its own */
    lc_code rc = lc_driver_emit_sections(sig, lc_rt_csharp,
                                         lc_lang_java_declares(user, len, "PriorityQueue") ? "pq" : NULL,
                                         out, e);
    return rc ? rc : emit_main(sig, out, e);
}
