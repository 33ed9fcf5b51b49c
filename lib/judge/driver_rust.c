/* The Rust driver generator: see driver.h and the protocol in signature.h.
 *
 * The program is one crate, main.rs:
 *   prelude   one line, no newline after it (so the user's line numbers stay
 *             the same): lints LeetCode does not show turned off, and
 *             `pub struct Solution;` (unless the user's code declares it)
 *   user code unchanged: `impl Solution { pub fn two_sum(...) }`, with the
 *             `use std::rc::Rc; use std::cell::RefCell;` of LeetCode's tree
 *             templates
 *   types     ListNode and TreeNode exactly as LeetCode's comments define
 *             them (unless the user's code declares them), written with full
 *             paths so that they need no `use` that could clash with the user's
 *   runtime   drivers/rust/runtime.rs: `mod lc_driver` (JSON in and out,
 *             frames on fd 3, CPU time)
 *   main      parses a test's parameters, calls Solution::name (the output
 *             parameter of an in-place problem as `&mut`), writes the frame
 * LeetCode's Rust names are snake_case: twoSum -> two_sum, lengthOfLIS ->
 * length_of_lis, numCourses -> num_courses. */
#include "driver.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* Rust spelling of a type, as LeetCode's templates write it. */
static const char *rust_type(lc_type t)
{
    switch (t) {
    case LC_T_INT:
        return "i32";
    case LC_T_LONG:
        return "i64";
    case LC_T_DOUBLE:
        return "f64";
    case LC_T_BOOL:
        return "bool";
    case LC_T_STRING:
        return "String";
    case LC_T_CHAR:
        return "char";
    case LC_T_INT_ARR:
        return "Vec<i32>";
    case LC_T_LONG_ARR:
        return "Vec<i64>";
    case LC_T_DOUBLE_ARR:
        return "Vec<f64>";
    case LC_T_BOOL_ARR:
        return "Vec<bool>";
    case LC_T_STRING_ARR:
        return "Vec<String>";
    case LC_T_CHAR_ARR:
        return "Vec<char>";
    case LC_T_INT_ARR2:
        return "Vec<Vec<i32>>";
    case LC_T_STRING_ARR2:
        return "Vec<Vec<String>>";
    case LC_T_CHAR_ARR2:
        return "Vec<Vec<char>>";
    case LC_T_LISTNODE:
        return "Option<Box<ListNode>>";
    case LC_T_TREENODE:
        return "Option<Rc<RefCell<TreeNode>>>";
    default:
        return NULL;
    }
}

/* The same with full paths (the driver's own code has no `use`). */
static const char *rust_type_full(lc_type t)
{
    return t == LC_T_TREENODE ? "Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>" : rust_type(t);
}


#define PUT(s) LC_DRIVER_TRY("rust", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("rust", lc_buf_printf(out, __VA_ARGS__))

static const char list_def[] = "#[derive(PartialEq, Eq, Clone, Debug)]\n"
                               "pub struct ListNode {\n"
                               "  pub val: i32,\n"
                               "  pub next: Option<Box<ListNode>>\n"
                               "}\n"
                               "\n"
                               "impl ListNode {\n"
                               "  #[inline]\n"
                               "  fn new(val: i32) -> Self {\n"
                               "    ListNode {\n"
                               "      next: None,\n"
                               "      val\n"
                               "    }\n"
                               "  }\n"
                               "}\n";
static const char tree_def[] = "#[derive(Debug, PartialEq, Eq)]\n"
                               "pub struct TreeNode {\n"
                               "  pub val: i32,\n"
                               "  pub left: Option<Rc<RefCell<TreeNode>>>,\n"
                               "  pub right: Option<Rc<RefCell<TreeNode>>>,\n"
                               "}\n"
                               "\n"
                               "impl TreeNode {\n"
                               "  #[inline]\n"
                               "  pub fn new(val: i32) -> Self {\n"
                               "    TreeNode {\n"
                               "      val,\n"
                               "      left: None,\n"
                               "      right: None\n"
                               "    }\n"
                               "  }\n"
                               "}\n";

/* def as `// ` comment lines (the starter code), or as code with full paths. */
static lc_code put_def(lc_buf *out, const char *def, bool commented, lc_err *e)
{
    for (const char *p = def; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = (size_t)(nl - p);
        if (commented)
            PUT(n ? "// " : "//");
        for (size_t i = 0; i < n;) {
            if (!commented && strncmp(p + i, "Rc<RefCell<", 11) == 0) {
                PUT("std::rc::Rc<std::cell::RefCell<");
                i += 11;
            } else {
                LC_DRIVER_TRY("rust", lc_buf_append(out, p + i, 1));
                i++;
            }
        }
        PUT("\n");
        p = nl + 1;
    }
    return LC_OK;
}

static lc_code put_signature(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    char name[2 * LC_SIG_NAME_MAX + 2];
    lc_snake_case(sig->name, name, sizeof name);
    PRINTF("    pub fn %s(", name);
    for (int i = 0; i < sig->nparams; i++) {
        lc_snake_case(sig->params[i].name, name, sizeof name);
        bool inout = sig->returns == LC_T_VOID && i == sig->output;
        PRINTF("%s%s: %s%s", i ? ", " : "", name, inout ? "&mut " : "",
               rust_type(sig->params[i].type));
    }
    if (sig->returns == LC_T_VOID)
        PUT(") {\n");
    else
        PRINTF(") -> %s {\n", rust_type(sig->returns));
    return LC_OK;
}

lc_code lc_starter_rust(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    lc_code rc;
    if (lc_signature_uses(sig, LC_T_LISTNODE)) {
        PUT("// Definition for singly-linked list.\n");
        if ((rc = put_def(out, list_def, true, e)))
            return rc;
    }
    if (lc_signature_uses(sig, LC_T_TREENODE)) {
        PUT("// Definition for a binary tree node.\n");
        if ((rc = put_def(out, tree_def, true, e)))
            return rc;
        PUT("use std::rc::Rc;\nuse std::cell::RefCell;\n");
    }
    PUT("impl Solution {\n");
    if ((rc = put_signature(sig, out, e)))
        return rc;
    PUT("        \n    }\n}\n");
    return LC_OK;
}

/* Whether the code declares `struct NAME` outside comments and strings. */
static bool declares_struct(const char *s, size_t len, const char *name)
{
    size_t nl = strlen(name);
    for (size_t i = 0; i < len;) {
        if (s[i] == '/' && i + 1 < len && s[i + 1] == '/') {
            while (i < len && s[i] != '\n')
                i++;
            continue;
        }
        if (s[i] == '/' && i + 1 < len && s[i + 1] == '*') {
            i += 2;
            while (i + 1 < len && !(s[i] == '*' && s[i + 1] == '/'))
                i++;
            i += 2;
            continue;
        }
        if (s[i] == '"') {
            i++;
            while (i < len && s[i] != '"')
                i += s[i] == '\\' ? 2 : 1;
            i++;
            continue;
        }
        if (i + 6 < len && strncmp(s + i, "struct", 6) == 0 &&
            (i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')) &&
            isspace((unsigned char)s[i + 6])) {
            size_t j = i + 6;
            while (j < len && isspace((unsigned char)s[j]))
                j++;
            if (j + nl <= len && strncmp(s + j, name, nl) == 0 &&
                (j + nl == len || !(isalnum((unsigned char)s[j + nl]) || s[j + nl] == '_')))
                return true;
        }
        i++;
    }
    return false;
}

lc_code lc_driver_rust(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                       lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.rs";
        info->main_class = NULL;
    }
    PUT("/* LiteCode driver prelude */ #![allow(dead_code, unused_imports, unused_variables, "
        "unused_mut, non_snake_case)] ");
    if (!declares_struct(user, len, "Solution"))
        PUT("pub struct Solution; ");
    if (len)
        LC_DRIVER_TRY("rust", lc_buf_append(out, user, len));
    PUT("\n\n// ---- end of user code ----\n");
    lc_code rc;
    if (!declares_struct(user, len, "ListNode") && (rc = put_def(out, list_def, false, e)))
        return rc;
    if (!declares_struct(user, len, "TreeNode") && (rc = put_def(out, tree_def, false, e)))
        return rc;
    PUT(lc_rt_rust);
    PUT("\n// ---- main (generated) ----\n"
        "fn main() {\n    let mut lc_in = lc_driver::Input::read();\n"
        "    let lc_t = lc_in.count();\n    for lc_i in 0..lc_t {\n");
    for (int i = 0; i < sig->nparams; i++) {
        bool inout = sig->returns == LC_T_VOID && i == sig->output;
        PRINTF("        let %slc_p%d: %s = lc_in.arg(lc_i, %d, \"%s\");\n", inout ? "mut " : "", i,
               rust_type_full(sig->params[i].type), i, lc_type_name(sig->params[i].type));
    }
    char name[2 * LC_SIG_NAME_MAX + 2];
    lc_snake_case(sig->name, name, sizeof name);
    PUT("        let lc_c0 = lc_driver::cpu();\n        ");
    if (sig->returns != LC_T_VOID)
        PUT("let lc_r = ");
    PRINTF("Solution::%s(", name);
    for (int i = 0; i < sig->nparams; i++) {
        bool inout = sig->returns == LC_T_VOID && i == sig->output;
        PRINTF("%s%slc_p%d", i ? ", " : "", inout ? "&mut " : "", i);
    }
    PUT(");\n        let lc_c = lc_driver::cpu() - lc_c0;\n");
    /* the answer is never dropped: a long list's drop recurses (the process ends soon) */
    if (sig->returns != LC_T_VOID)
        PUT("        lc_driver::frame(lc_i, lc_c, &lc_r);\n        std::mem::forget(lc_r);\n");
    else
        PRINTF("        lc_driver::frame(lc_i, lc_c, &lc_p%d);\n        std::mem::forget(lc_p%d);\n",
               sig->output, sig->output);
    PUT("    }\n    lc_driver::end();\n}\n");
    return LC_OK;
}
