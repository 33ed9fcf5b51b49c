/* The cpp driver generator: see driver.h and the protocol in signature.h.
 *
 * The program: `#include <bits/stdc++.h>` (first, for the precompiled
 * header), `using namespace std;`, LeetCode's ListNode and TreeNode, the
 * user's code unchanged, the runtime (drivers/cpp/runtime.hpp, namespace
 * lc__: reads all of stdin before any user code runs, JSON in and out, fd 3
 * frames) and a main generated from the signature: per test it parses each
 * parameter into a fresh local, calls a fresh Solution once, and writes the
 * frame. The generated main spells types the way LeetCode does (vector<int>,
 * long long, ...), so it sees the user's code through the same macros. */
#include "driver.h"

#include <string.h>

#define TRY(call) LC_DRIVER_TRY("cpp", call)

/* LeetCode's C++ spelling of a value type (returns, locals). */
static const char *cpp_type(lc_type t)
{
    switch (t) {
    case LC_T_VOID: return "void";
    case LC_T_INT: return "int";
    case LC_T_LONG: return "long long";
    case LC_T_DOUBLE: return "double";
    case LC_T_BOOL: return "bool";
    case LC_T_STRING: return "string";
    case LC_T_CHAR: return "char";
    case LC_T_INT_ARR: return "vector<int>";
    case LC_T_LONG_ARR: return "vector<long long>";
    case LC_T_DOUBLE_ARR: return "vector<double>";
    case LC_T_BOOL_ARR: return "vector<bool>";
    case LC_T_STRING_ARR: return "vector<string>";
    case LC_T_CHAR_ARR: return "vector<char>";
    case LC_T_INT_ARR2: return "vector<vector<int>>";
    case LC_T_STRING_ARR2: return "vector<vector<string>>";
    case LC_T_CHAR_ARR2: return "vector<vector<char>>";
    case LC_T_LISTNODE: return "ListNode*";
    case LC_T_TREENODE: return "TreeNode*";
    case LC_T_COUNT: break;
    }
    return NULL;
}

static const char list_comment[] = "/**\n"
                                   " * Definition for singly-linked list.\n"
                                   " * struct ListNode {\n"
                                   " *     int val;\n"
                                   " *     ListNode *next;\n"
                                   " *     ListNode() : val(0), next(nullptr) {}\n"
                                   " *     ListNode(int x) : val(x), next(nullptr) {}\n"
                                   " *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n"
                                   " * };\n"
                                   " */\n";

static const char tree_comment[] =
    "/**\n"
    " * Definition for a binary tree node.\n"
    " * struct TreeNode {\n"
    " *     int val;\n"
    " *     TreeNode *left;\n"
    " *     TreeNode *right;\n"
    " *     TreeNode() : val(0), left(nullptr), right(nullptr) {}\n"
    " *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}\n"
    " *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}\n"
    " * };\n"
    " */\n";

lc_code lc_starter_cpp(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        TRY(lc_buf_printf(out, "%s", list_comment));
    if (lc_signature_uses(sig, LC_T_TREENODE))
        TRY(lc_buf_printf(out, "%s", tree_comment));
    TRY(lc_buf_printf(out, "class Solution {\npublic:\n    %s %s(", cpp_type(sig->returns),
                      sig->name));
    for (int i = 0; i < sig->nparams; i++) {
        lc_type t = sig->params[i].type;
        /* arrays by reference, as LeetCode; scalars, strings and node pointers by value */
        bool ref = lc_type_is_array(t) || lc_type_is_array2(t) ||
                   (sig->returns == LC_T_VOID && sig->output == i && t != LC_T_LISTNODE &&
                    t != LC_T_TREENODE);
        TRY(lc_buf_printf(out, "%s%s%s %s", i ? ", " : "", cpp_type(t), ref ? "&" : "",
                          sig->params[i].name));
    }
    TRY(lc_buf_printf(out, ") {\n        \n    }\n};\n"));
    return LC_OK;
}

lc_code lc_driver_cpp(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                      lc_driver_info *info, lc_err *e)
{
    if (!user && len)
        return lc_err_set(e, LC_ERR_INTERNAL, "cpp driver: no user code");
    if (info) {
        info->src_name = "main.cpp";
        info->main_class = NULL;
    }

    /* the precompiled header first, then LeetCode's definitions (drivers/cpp/prelude.hpp) */
    TRY(lc_buf_append(out, lc_rt_cpp_prelude, strlen(lc_rt_cpp_prelude)));
    /* the user's code, unchanged; #line keeps compiler messages on the user's own lines */
    TRY(lc_buf_printf(out, "#line 1 \"solution.cpp\"\n"));
    if (len)
        TRY(lc_buf_append(out, user, len));
    if (len && user[len - 1] != '\n')
        TRY(lc_buf_append(out, "\n", 1));
    TRY(lc_buf_printf(out, "#line 1 \"litecode_driver.cpp\"\n"));
    TRY(lc_buf_append(out, lc_rt_cpp, strlen(lc_rt_cpp)));

    /* main: `signed` still works under a user's `#define int long long` */
    TRY(lc_buf_printf(out, "\nsigned main()\n{\n"
                           "    const lc__::lc_ll lc_tests = lc__::lc_begin();\n"
                           "    for (lc__::lc_ll lc_i = 0; lc_i < lc_tests; ++lc_i) {\n"));
    for (int i = 0; i < sig->nparams; i++)
        TRY(lc_buf_printf(out, "        %s lc_a%d{};\n        lc__::lc_rd(lc_a%d);\n",
                          cpp_type(sig->params[i].type), i, i));
    TRY(lc_buf_printf(out, "        Solution *lc_sol = new Solution();\n"
                           "        const lc__::lc_ll lc_t0 = lc__::lc_cpu_us();\n        "));
    if (sig->returns != LC_T_VOID)
        TRY(lc_buf_printf(out, "%s lc_ret = ", cpp_type(sig->returns)));
    TRY(lc_buf_printf(out, "lc_sol->%s(", sig->name));
    for (int i = 0; i < sig->nparams; i++)
        TRY(lc_buf_printf(out, "%slc_a%d", i ? ", " : "", i));
    TRY(lc_buf_printf(out, ");\n"
                           "        const lc__::lc_ll lc_t1 = lc__::lc_cpu_us();\n"
                           "        lc__::lc_str lc_json;\n"));
    if (sig->returns != LC_T_VOID)
        TRY(lc_buf_printf(out, "        lc__::lc_wr(lc_json, lc_ret);\n"));
    else if (sig->output >= 0)
        TRY(lc_buf_printf(out, "        lc__::lc_wr(lc_json, lc_a%d);\n", sig->output));
    else
        TRY(lc_buf_printf(out, "        lc_json = \"null\";\n"));
    TRY(lc_buf_printf(out, "        lc__::lc_frame(lc_i, lc_t1 - lc_t0, lc_json);\n"
                           "        delete lc_sol;\n"
                           "    }\n"
                           "    lc__::lc_finish();\n"
                           "    return 0;\n"
                           "}\n"));
    return LC_OK;
}
