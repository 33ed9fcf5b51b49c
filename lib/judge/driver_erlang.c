/* The Erlang driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.erl, module main; compiled and run as lang.c's Erlang row
 * says, which calls main/0):
 *   prelude   one line, no newline after it (so the user's line numbers stay
 *             the same in errors and stack traces): the module's attributes
 *             and the list_node / tree_node records as LeetCode's comments
 *             define them, unless the user's code defines them
 *   user code LeetCode's `-spec two_sum(Nums :: [integer()], ...) -> ...`
 *             and its snake_case function; a `-module(...)` attribute of its
 *             own is blanked
 *   runtime   drivers/erlang/runtime.erl (lc_rt_erlang)
 *   main      main() -> lc_run(["int[]", "int"], "int[]", -1, fun two_sum/2).
 * Erlang cannot change a value in place: for an in-place problem the function
 * returns the parameter's new value (the starter code says so). */
#include "driver.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define PUT(s) LC_DRIVER_TRY("erlang", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("erlang", lc_buf_printf(out, __VA_ARGS__))

/* LeetCode's Erlang type of a signature type. */
static const char *erl_type(lc_type t)
{
    switch (t) {
    case LC_T_INT:
    case LC_T_LONG: return "integer()";
    case LC_T_DOUBLE: return "float()";
    case LC_T_BOOL: return "boolean()";
    case LC_T_STRING: return "unicode:unicode_binary()";
    case LC_T_CHAR: return "char()";
    case LC_T_INT_ARR:
    case LC_T_LONG_ARR: return "[integer()]";
    case LC_T_DOUBLE_ARR: return "[float()]";
    case LC_T_BOOL_ARR: return "[boolean()]";
    case LC_T_STRING_ARR: return "[unicode:unicode_binary()]";
    case LC_T_CHAR_ARR: return "[char()]";
    case LC_T_INT_ARR2: return "[[integer()]]";
    case LC_T_STRING_ARR2: return "[[unicode:unicode_binary()]]";
    case LC_T_CHAR_ARR2: return "[[char()]]";
    case LC_T_LISTNODE: return "#list_node{} | null";
    case LC_T_TREENODE: return "#tree_node{} | null";
    default: return "any()";
    }
}

/* LeetCode's Erlang variable for a parameter: nums -> Nums, targetSum -> TargetSum. */
static void var_name(const char *name, char *out, size_t outsz)
{
    snprintf(out, outsz, "%s", name);
    out[0] = (char)toupper((unsigned char)out[0]);
}

static const char list_rec[] = "-record(list_node, {val = 0 :: integer(),\n"
                               "                    next = null :: 'null' | #list_node{}}).";
static const char tree_rec[] = "-record(tree_node, {val = 0 :: integer(),\n"
                               "                    left = null  :: 'null' | #tree_node{},\n"
                               "                    right = null :: 'null' | #tree_node{}}).";

static const lc_beam_syntax erl_syntax = {
    .lang = "Erlang", .indent = "", .comment = "%%", .spec = "-spec ", .returns = ") -> ",
    .end_spec = ".\n", .def = "", .body = ") ->\n  .\n", .var = var_name, .type = erl_type};

lc_code lc_starter_erlang(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    lc_code rc = LC_OK;
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        rc = lc_driver_line_comment("%%", "Definition for singly-linked list.", list_rec, out, e);
    if (!rc && lc_signature_uses(sig, LC_T_TREENODE))
        rc = lc_driver_line_comment("%%", "Definition for a binary tree node.", tree_rec, out, e);
    if (rc)
        return rc;
    return lc_driver_beam_spec(sig, &erl_syntax, out, e);
}

lc_code lc_driver_beam_spec(const lc_signature *sig, const lc_beam_syntax *x, lc_buf *out, lc_err *e)
{
    char name[2 * LC_SIG_NAME_MAX + 2];
    lc_type ret = sig->returns;
    if (ret == LC_T_VOID) { /* the parameter's new value is the answer */
        ret = sig->params[sig->output].type;
        x->var(sig->params[sig->output].name, name, sizeof name);
        PRINTF("%s%s %s cannot change %s in place: return its new value.\n", x->indent, x->comment,
               x->lang, name);
    }
    lc_snake_case(sig->name, name, sizeof name);
    PRINTF("%s%s%s(", x->indent, x->spec, name);
    for (int i = 0; i < sig->nparams; i++) {
        x->var(sig->params[i].name, name, sizeof name);
        PRINTF("%s%s :: %s", i ? ", " : "", name, x->type(sig->params[i].type));
    }
    PRINTF("%s%s%s", x->returns, x->type(ret), x->end_spec);
    lc_snake_case(sig->name, name, sizeof name);
    PRINTF("%s%s%s(", x->indent, x->def, name);
    for (int i = 0; i < sig->nparams; i++) {
        x->var(sig->params[i].name, name, sizeof name);
        PRINTF("%s%s", i ? ", " : "", name);
    }
    PUT(x->body);
    return LC_OK;
}

/* Where an attribute `-NAME(` of the user's code starts, outside % comments
 * and strings (at a line's start, after blanks), or len. */
static size_t attribute_at(const char *s, size_t len, const char *name)
{
    size_t nl = strlen(name);
    bool line_start = true;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '%') { /* a comment to the end of the line */
            while (i < len && s[i] != '\n')
                i++;
            line_start = true;
            continue;
        }
        if (c == '"') { /* a string (may span lines) */
            for (i++; i < len && s[i] != '"'; i++)
                if (s[i] == '\\')
                    i++;
            line_start = false;
            continue;
        }
        if (c == '\n') {
            line_start = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (line_start && c == '-' && i + 1 + nl < len && strncmp(s + i + 1, name, nl) == 0) {
            size_t j = i + 1 + nl;
            while (j < len && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j < len && s[j] == '(')
                return i;
        }
        line_start = false;
    }
    return len;
}

/* Whether the user's code defines the record (-record(NAME, ...). */
static bool defines_record(const char *s, size_t len, const char *rec)
{
    for (size_t from = 0; from < len;) {
        size_t at = attribute_at(s + from, len - from, "record");
        if (at == len - from)
            return false;
        const char *p = s + from + at + strlen("-record");
        const char *end = s + len;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '('))
            p++;
        size_t rl = strlen(rec);
        if ((size_t)(end - p) > rl && strncmp(p, rec, rl) == 0 &&
            !(isalnum((unsigned char)p[rl]) || p[rl] == '_'))
            return true;
        from += at + 1;
    }
    return false;
}

lc_code lc_driver_erlang(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                         lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.erl";
        info->main_class = NULL;
    }
    if (!user)
        len = 0, user = "";
    PUT("-module(main). -export([main/0]). "
        "-compile([export_all, nowarn_export_all, nowarn_unused_record]). ");
    if (!defines_record(user, len, "list_node"))
        PUT("-record(list_node, {val = 0 :: integer(), next = null :: 'null' | #list_node{}}). ");
    if (!defines_record(user, len, "tree_node"))
        PUT("-record(tree_node, {val = 0 :: integer(), left = null :: 'null' | #tree_node{}, "
            "right = null :: 'null' | #tree_node{}}). ");
    /* the user's own -module attribute (up to its full stop) becomes blanks */
    size_t mod = attribute_at(user, len, "module");
    for (size_t i = 0; i < len; i++) {
        char c = user[i];
        if (mod < len && i >= mod) {
            if (c == '.')
                mod = len; /* its end: blanked too */
            if (c != '\n')
                c = ' ';
        }
        LC_DRIVER_TRY("erlang", lc_buf_append(out, &c, 1));
    }
    PUT("\n%% ---- end of user code ----\n");
    PUT(lc_rt_erlang);
    PUT("\n%% ---- main (generated) ----\nmain() -> lc_run(");
    LC_DRIVER_TRY("erlang", lc_driver_run_types(sig, '"', out, e));
    char name[2 * LC_SIG_NAME_MAX + 2];
    lc_snake_case(sig->name, name, sizeof name);
    PRINTF(", fun %s/%d).\n", name, sig->nparams);
    return LC_OK;
}
