/* The Elixir driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.ex, only modules: compiled to .beam files by lang.c's
 * Elixir row, which then calls LcMain.main/0; a stdin program is a script,
 * main.exs, evaluated by the run):
 *   prelude   one line, no newline after it (so the user's line numbers stay
 *             the same in errors and stack traces): ListNode and TreeNode as
 *             LeetCode's comments define them, unless the user's code
 *             defines them
 *   user code LeetCode's `defmodule Solution do @spec two_sum(nums ::
 *             [integer], target :: integer) :: [integer] def two_sum(nums,
 *             target) do ... end end`
 *   runtime   drivers/elixir/runtime.ex (lc_rt_elixir): module LcRuntime
 *   main      defmodule LcMain do def main, do: LcRuntime.run(["int[]", "int"],
 *             "int[]", -1, &Solution.two_sum/2) end
 * Elixir cannot change a value in place: for an in-place problem the function
 * returns the parameter's new value (the starter code says so). */
#include "driver.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define PUT(s) LC_DRIVER_TRY("elixir", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("elixir", lc_buf_printf(out, __VA_ARGS__))

/* LeetCode's Elixir typespec of a signature type. */
static const char *ex_type(lc_type t)
{
    switch (t) {
    case LC_T_INT:
    case LC_T_LONG: return "integer";
    case LC_T_DOUBLE: return "float";
    case LC_T_BOOL: return "boolean";
    case LC_T_STRING: return "String.t";
    case LC_T_CHAR: return "char";
    case LC_T_INT_ARR:
    case LC_T_LONG_ARR: return "[integer]";
    case LC_T_DOUBLE_ARR: return "[float]";
    case LC_T_BOOL_ARR: return "[boolean]";
    case LC_T_STRING_ARR: return "[String.t]";
    case LC_T_CHAR_ARR: return "[char]";
    case LC_T_INT_ARR2: return "[[integer]]";
    case LC_T_STRING_ARR2: return "[[String.t]]";
    case LC_T_CHAR_ARR2: return "[[char]]";
    case LC_T_LISTNODE: return "ListNode.t | nil";
    case LC_T_TREENODE: return "TreeNode.t | nil";
    default: return "any";
    }
}

static const char list_def[] = "defmodule ListNode do\n"
                               "  @type t :: %__MODULE__{\n"
                               "          val: integer,\n"
                               "          next: ListNode.t() | nil\n"
                               "        }\n"
                               "  defstruct val: 0, next: nil\n"
                               "end";
static const char tree_def[] = "defmodule TreeNode do\n"
                               "  @type t :: %__MODULE__{\n"
                               "          val: integer,\n"
                               "          left: TreeNode.t() | nil,\n"
                               "          right: TreeNode.t() | nil\n"
                               "        }\n"
                               "  defstruct val: 0, left: nil, right: nil\n"
                               "end";

static const lc_beam_syntax ex_syntax = {
    .lang = "Elixir", .indent = "  ", .comment = "#", .spec = "@spec ", .returns = ") :: ",
    .end_spec = "\n", .def = "def ", .body = ") do\n\n  end\n", .var = lc_snake_case, .type = ex_type};

lc_code lc_starter_elixir(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    lc_code rc = LC_OK;
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        rc = lc_driver_line_comment("#", "Definition for singly-linked list.", list_def, out, e);
    if (!rc && lc_signature_uses(sig, LC_T_TREENODE))
        rc = lc_driver_line_comment("#", "Definition for a binary tree node.", tree_def, out, e);
    if (rc)
        return rc;
    PUT("defmodule Solution do\n");
    rc = lc_driver_beam_spec(sig, &ex_syntax, out, e);
    if (rc == LC_OK)
        PUT("end\n");
    return rc;
}

/* Whether the user's code defines the module (`defmodule NAME do` outside #
 * comments and strings). */
static bool defines_module(const char *s, size_t len, const char *mod)
{
    size_t ml = strlen(mod);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '#') {
            while (i < len && s[i] != '\n')
                i++;
            continue;
        }
        if (s[i] == '"') {
            for (i++; i < len && s[i] != '"'; i++)
                if (s[i] == '\\')
                    i++;
            continue;
        }
        if ((i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_')) &&
            len - i > 9 && strncmp(s + i, "defmodule", 9) == 0) {
            size_t j = i + 9;
            while (j < len && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (len - j >= ml && strncmp(s + j, mod, ml) == 0 &&
                (j + ml == len || !(isalnum((unsigned char)s[j + ml]) || s[j + ml] == '_' ||
                                    s[j + ml] == '.')))
                return true;
        }
    }
    return false;
}

lc_code lc_driver_elixir(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                         lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.ex"; /* modules only (a stdin program is main.exs) */
        info->main_class = NULL;
    }
    if (!user)
        len = 0, user = "";
    if (!defines_module(user, len, "ListNode"))
        PUT("defmodule ListNode do @type t :: %__MODULE__{val: integer, next: ListNode.t() | nil}; "
            "defstruct val: 0, next: nil end; ");
    if (!defines_module(user, len, "TreeNode"))
        PUT("defmodule TreeNode do @type t :: %__MODULE__{val: integer, left: TreeNode.t() | nil, "
            "right: TreeNode.t() | nil}; defstruct val: 0, left: nil, right: nil end; ");
    if (len)
        LC_DRIVER_TRY("elixir", lc_buf_append(out, user, len));
    PUT("\n# ---- end of user code ----\n");
    PUT(lc_rt_elixir);
    PUT("\n# ---- main (generated) ----\ndefmodule LcMain do\n  def main, do: LcRuntime.run(");
    LC_DRIVER_TRY("elixir", lc_driver_run_types(sig, '"', out, e));
    char name[2 * LC_SIG_NAME_MAX + 2];
    lc_snake_case(sig->name, name, sizeof name);
    PRINTF(", &Solution.%s/%d)\nend\n", name, sig->nparams);
    return LC_OK;
}
