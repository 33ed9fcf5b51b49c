/* The python driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.py, run as `/usr/bin/python3 -I main.py`):
 *   prelude  reads all of stdin into lc__stdin_bytes and puts /dev/null on
 *            fd 0 (so even module-level user code sees EOF), the imports
 *            LeetCode makes available (typing, collections, heapq, ...;
 *            sortedcontainers only when the code mentions "Sorted": it is
 *            the slowest import), LeetCode's ListNode and TreeNode,
 *            sys.setrecursionlimit(100000);
 *   user code, unchanged;
 *   runtime  drivers/python/runtime.py: parsers, serializers, fd 3 frames;
 *   main     generated from the signature: per test, fresh arguments, a
 *            fresh Solution, one call timed with process_time_ns, one frame.
 * The prelude has a fixed length (the user's code starts on line 41 of
 * main.py); the main tells the runtime which lines are the user's, so that a
 * traceback shows them as solution.py with the user's own line numbers.
 * The driver's own modules live under private aliases (lc__os, lc__json...)
 * and every name it adds starts with lc__. */
#include "driver.h"

#include <string.h>

#define TRY(call) LC_DRIVER_TRY("python", call)

/* LeetCode's type hint for a type. */
static const char *py_hint(lc_type t)
{
    switch (t) {
    case LC_T_VOID: return "None";
    case LC_T_INT: return "int";
    case LC_T_LONG: return "int";
    case LC_T_DOUBLE: return "float";
    case LC_T_BOOL: return "bool";
    case LC_T_STRING: return "str";
    case LC_T_CHAR: return "str";
    case LC_T_INT_ARR: return "List[int]";
    case LC_T_LONG_ARR: return "List[int]";
    case LC_T_DOUBLE_ARR: return "List[float]";
    case LC_T_BOOL_ARR: return "List[bool]";
    case LC_T_STRING_ARR: return "List[str]";
    case LC_T_CHAR_ARR: return "List[str]";
    case LC_T_INT_ARR2: return "List[List[int]]";
    case LC_T_STRING_ARR2: return "List[List[str]]";
    case LC_T_CHAR_ARR2: return "List[List[str]]";
    case LC_T_LISTNODE: return "Optional[ListNode]";
    case LC_T_TREENODE: return "Optional[TreeNode]";
    case LC_T_COUNT: break;
    }
    return NULL;
}

/* The runtime's parser for a parameter type (JSON value -> argument). */
static const char *py_parser(lc_type t)
{
    switch (t) {
    case LC_T_DOUBLE: return "lc__p_double";
    case LC_T_DOUBLE_ARR: return "lc__p_double_arr";
    case LC_T_LISTNODE: return "lc__p_list";
    case LC_T_TREENODE: return "lc__p_tree";
    default: return "lc__p_same";
    }
}

/* The runtime's serializer for a result type (value -> JSON text). */
static const char *py_serializer(lc_type t)
{
    switch (t) {
    case LC_T_INT:
    case LC_T_LONG: return "lc__s_int";
    case LC_T_DOUBLE: return "lc__s_double";
    case LC_T_BOOL: return "lc__s_bool";
    case LC_T_LISTNODE: return "lc__s_list";
    case LC_T_TREENODE: return "lc__s_tree";
    default: return "lc__s_any";
    }
}

static const char list_comment[] = "# Definition for singly-linked list.\n"
                                   "# class ListNode:\n"
                                   "#     def __init__(self, val=0, next=None):\n"
                                   "#         self.val = val\n"
                                   "#         self.next = next\n";

static const char tree_comment[] = "# Definition for a binary tree node.\n"
                                   "# class TreeNode:\n"
                                   "#     def __init__(self, val=0, left=None, right=None):\n"
                                   "#         self.val = val\n"
                                   "#         self.left = left\n"
                                   "#         self.right = right\n";

lc_code lc_starter_python(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    if (lc_signature_uses(sig, LC_T_LISTNODE))
        TRY(lc_buf_append(out, list_comment, sizeof list_comment - 1));
    if (lc_signature_uses(sig, LC_T_TREENODE))
        TRY(lc_buf_append(out, tree_comment, sizeof tree_comment - 1));
    TRY(lc_buf_printf(out, "class Solution:\n    def %s(self", sig->name));
    for (int i = 0; i < sig->nparams; i++)
        TRY(lc_buf_printf(out, ", %s: %s", sig->params[i].name, py_hint(sig->params[i].type)));
    TRY(lc_buf_printf(out, ") -> %s:\n", py_hint(sig->returns)));
    if (sig->returns == LC_T_VOID)
        TRY(lc_buf_printf(out,
                          "        \"\"\"\n"
                          "        Do not return anything, modify %s in-place instead.\n"
                          "        \"\"\"\n",
                          sig->params[sig->output].name));
    TRY(lc_buf_printf(out, "        \n"));
    return LC_OK;
}

/* Before the user code. Reading stdin comes first so that module-level user
 * code already sees EOF. `from bisect import *` comes before `import bisect`
 * so that the name stays the module; math's pow is dropped so that the
 * builtin 3-argument pow stays. */
static const char prelude_head[] =
    "import os as lc__os, sys as lc__sys\n"
    "def lc__slurp():\n"
    "    chunks = []\n"
    "    try:\n"
    "        while True:\n"
    "            chunk = lc__os.read(0, 1 << 20)\n"
    "            if not chunk:\n"
    "                break\n"
    "            chunks.append(chunk)\n"
    "    except OSError:\n"
    "        pass\n"
    "    fd = lc__os.open(lc__os.devnull, lc__os.O_RDONLY)\n"
    "    if fd != 0:\n"
    "        lc__os.dup2(fd, 0)\n"
    "        lc__os.close(fd)\n"
    "    lc__sys.stdin = open(lc__os.devnull)\n"
    "    return b''.join(chunks)\n"
    "lc__stdin_bytes = lc__slurp()\n"
    "lc__sys.setrecursionlimit(100000)\n"
    "import sys\n"
    "from typing import *\n"
    "from collections import *\n"
    "from heapq import *\n"
    "from bisect import *\n"
    "from functools import *\n"
    "from itertools import *\n"
    "from math import *\n"
    "del pow\n"
    "import collections, heapq, bisect, math, itertools, functools, string, re, operator\n";

/* One line either way, so that the user's code always starts on the same line. */
static const char prelude_sorted[] =
    "lc__sys.path.append('/usr/lib/python3/dist-packages'); "
    "from sortedcontainers import SortedList, SortedDict, SortedSet\n";
static const char prelude_unsorted[] = "# (sortedcontainers: imported when the code uses it)\n";

static const char prelude_tail[] = "class ListNode:\n"
                                   "    def __init__(self, val=0, next=None):\n"
                                   "        self.val = val\n"
                                   "        self.next = next\n"
                                   "class TreeNode:\n"
                                   "    def __init__(self, val=0, left=None, right=None):\n"
                                   "        self.val = val\n"
                                   "        self.left = left\n"
                                   "        self.right = right\n"
                                   "# ---- your code ----\n";

static bool mentions(const char *s, size_t len, const char *word)
{
    size_t wl = strlen(word);
    return len >= wl && memmem(s, len, word, wl) != NULL;
}

static size_t count_lines(const char *s, size_t len)
{
    size_t n = 0;
    for (const char *p = s; len && (p = memchr(p, '\n', len - (size_t)(p - s))) != NULL; p++)
        n++;
    return n;
}

/* first..last: the lines of main.py that hold the user's code (for tracebacks). */
static lc_code emit_main(const lc_signature *sig, size_t first, size_t last, lc_buf *out,
                         lc_err *e)
{
    TRY(lc_buf_printf(out,
                      "\n"
                      "# ---- generated main ----\n"
                      "lc__user_span = (%zu, %zu)\n"
                      "def lc__main():\n"
                      "    lc__n, lc__lines = lc__begin(%d)\n"
                      "    lc__parsers = (",
                      first, last, sig->nparams));
    for (int i = 0; i < sig->nparams; i++)
        TRY(lc_buf_printf(out, "%s, ", py_parser(sig->params[i].type)));
    TRY(lc_buf_printf(out,
                      ")\n"
                      "    for lc__i in range(lc__n):\n"
                      "        lc__a = lc__args(lc__lines, lc__i, lc__parsers)\n"
                      "        lc__sol = Solution()\n"
                      "        lc__t0 = lc__cpu()\n"
                      "        lc__r = lc__sol.%s(*lc__a)\n"
                      "        lc__t1 = lc__cpu()\n",
                      sig->name));
    if (sig->returns == LC_T_VOID)
        TRY(lc_buf_printf(out, "        lc__frame(lc__i, lc__t1 - lc__t0, %s, lc__a[%d])\n",
                          py_serializer(sig->params[sig->output].type), sig->output));
    else
        TRY(lc_buf_printf(out, "        lc__frame(lc__i, lc__t1 - lc__t0, %s, lc__r)\n",
                          py_serializer(sig->returns)));
    TRY(lc_buf_printf(out, "        del lc__a, lc__sol, lc__r\n"
                           "    lc__sys.stdout.flush()\n"
                           "lc__main()\n"));
    return LC_OK;
}

lc_code lc_driver_python(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                         lc_driver_info *info, lc_err *e)
{
    if (!user && len)
        return lc_err_set(e, LC_ERR_INTERNAL, "python driver: no source");
    size_t start = out->len;
    TRY(lc_buf_append(out, prelude_head, sizeof prelude_head - 1));
    if (mentions(user, len, "Sorted"))
        TRY(lc_buf_append(out, prelude_sorted, sizeof prelude_sorted - 1));
    else
        TRY(lc_buf_append(out, prelude_unsorted, sizeof prelude_unsorted - 1));
    TRY(lc_buf_append(out, prelude_tail, sizeof prelude_tail - 1));
    size_t first = count_lines(out->data + start, out->len - start) + 1, last = first - 1;
    if (len) {
        TRY(lc_buf_append(out, user, len));
        if (user[len - 1] != '\n')
            TRY(lc_buf_append(out, "\n", 1));
        last = first + count_lines(user, len) - (user[len - 1] == '\n');
    }
    TRY(lc_buf_append(out, lc_rt_python, strlen(lc_rt_python)));
    TRY(emit_main(sig, first, last, out, e));
    if (info) {
        info->src_name = "main.py";
        info->main_class = NULL;
    }
    return LC_OK;
}
