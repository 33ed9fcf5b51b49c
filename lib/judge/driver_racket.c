/* The Racket driver generator: see driver.h and the protocol in signature.h.
 *
 * The program (main.rkt, compiled by `raco make`, run by `racket main.rkt`):
 *   prelude   `#lang racket` and one line, no newline after it (so the user's
 *             line numbers stay the same in errors): the libraries LeetCode
 *             preloads (data/gvector, data/queue, data/order, data/heap) and
 *             json, all of stdin read into lc-input, stdin emptied, and
 *             list-node / tree-node as LeetCode's comments define them
 *             (mutable, transparent structs; make-list-node, make-tree-node)
 *             unless the user's code defines them
 *   user code LeetCode's `(define/contract (two-sum nums target) (-> ...) ...)`
 *             in kebab-case; its own `#lang racket` line, if any, blanked
 *   runtime   drivers/racket/runtime.rkt (lc_rt_racket)
 *   main      (lc-run '("int[]" "int") "int[]" -1 two-sum)
 * An in-place problem's parameter is a mutable vector (of vectors for a
 * matrix): the answer is its final value, or what the function returns when
 * it returns a list or a vector. */
#include "driver.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define PUT(s) LC_DRIVER_TRY("racket", lc_buf_append(out, (s), strlen(s)))
#define PRINTF(...) LC_DRIVER_TRY("racket", lc_buf_printf(out, __VA_ARGS__))

/* LeetCode's contract for a type; in-place (mutable) parameters are vectors. */
static const char *rkt_contract(lc_type t, bool mutable_)
{
    switch (t) {
    case LC_T_VOID: return "void?";
    case LC_T_INT:
    case LC_T_LONG: return "exact-integer?";
    case LC_T_DOUBLE: return "flonum?";
    case LC_T_BOOL: return "boolean?";
    case LC_T_STRING: return "string?";
    case LC_T_CHAR: return "char?";
    case LC_T_INT_ARR:
    case LC_T_LONG_ARR: return mutable_ ? "(vectorof exact-integer?)" : "(listof exact-integer?)";
    case LC_T_DOUBLE_ARR: return mutable_ ? "(vectorof flonum?)" : "(listof flonum?)";
    case LC_T_BOOL_ARR: return mutable_ ? "(vectorof boolean?)" : "(listof boolean?)";
    case LC_T_STRING_ARR: return mutable_ ? "(vectorof string?)" : "(listof string?)";
    case LC_T_CHAR_ARR: return mutable_ ? "(vectorof char?)" : "(listof char?)";
    case LC_T_INT_ARR2:
        return mutable_ ? "(vectorof (vectorof exact-integer?))" : "(listof (listof exact-integer?))";
    case LC_T_STRING_ARR2: return mutable_ ? "(vectorof (vectorof string?))" : "(listof (listof string?))";
    case LC_T_CHAR_ARR2: return mutable_ ? "(vectorof (vectorof char?))" : "(listof (listof char?))";
    case LC_T_LISTNODE: return "(or/c list-node? #f)";
    case LC_T_TREENODE: return "(or/c tree-node? #f)";
    default: return "any/c";
    }
}

/* LeetCode's Racket names: kebab-case (twoSum -> two-sum). */
static void kebab(const char *name, char *out, size_t outsz)
{
    lc_snake_case(name, out, outsz);
    for (char *p = out; *p; p++)
        if (*p == '_')
            *p = '-';
}

static const char list_def[] = "; val : integer?\n"
                               "; next : (or/c list-node? #f)\n"
                               "(struct list-node\n"
                               "  (val next) #:mutable #:transparent)\n"
                               "\n"
                               "; constructor\n"
                               "(define (make-list-node [val 0])\n"
                               "  (list-node val #f))\n";

static const char tree_def[] = "; val : integer?\n"
                               "; left : (or/c tree-node? #f)\n"
                               "; right : (or/c tree-node? #f)\n"
                               "(struct tree-node\n"
                               "  (val left right) #:mutable #:transparent)\n"
                               "\n"
                               "; constructor\n"
                               "(define (make-tree-node [val 0])\n"
                               "  (tree-node val #f #f))\n";

lc_code lc_starter_racket(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    char name[2 * LC_SIG_NAME_MAX + 2];
    if (lc_signature_uses(sig, LC_T_LISTNODE)) {
        PUT("; Definition for singly-linked list:\n#|\n\n");
        PUT(list_def);
        PUT("\n|#\n\n");
    }
    if (lc_signature_uses(sig, LC_T_TREENODE)) {
        PUT("; Definition for a binary tree node.\n#|\n\n");
        PUT(tree_def);
        PUT("\n|#\n\n");
    }
    if (sig->returns == LC_T_VOID) {
        kebab(sig->params[sig->output].name, name, sizeof name);
        PRINTF("; %s is a mutable vector: change it in place\n", name);
    }
    kebab(sig->name, name, sizeof name);
    PRINTF("(define/contract (%s", name);
    for (int i = 0; i < sig->nparams; i++) {
        kebab(sig->params[i].name, name, sizeof name);
        PRINTF(" %s", name);
    }
    PUT(")\n  (->");
    for (int i = 0; i < sig->nparams; i++)
        PRINTF(" %s", rkt_contract(sig->params[i].type, sig->returns == LC_T_VOID && i == sig->output));
    PRINTF(" %s)\n  )\n", rkt_contract(sig->returns, false));
    return LC_OK;
}

/* Whether the user's code defines the struct (a "(struct NAME" outside comments is enough). */
static bool defines(const char *user, size_t len, const char *name)
{
    char pat[64];
    snprintf(pat, sizeof pat, "(struct %s", name);
    size_t pl = strlen(pat);
    for (size_t i = 0; i + pl <= len; i++) {
        if (user[i] == ';') { /* a line comment */
            while (i < len && user[i] != '\n')
                i++;
            continue;
        }
        if (user[i] == '#' && i + 1 < len && user[i + 1] == '|') { /* a block comment */
            i += 2;
            while (i + 1 < len && !(user[i] == '|' && user[i + 1] == '#'))
                i++;
            i++;
            continue;
        }
        if (memcmp(user + i, pat, pl) == 0 && (i + pl == len || isspace((unsigned char)user[i + pl])))
            return true;
    }
    return false;
}

/* Where the user's own `#lang ...` line starts (after blanks only), or len. */
static size_t lang_line_at(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    return i + 5 <= len && strncmp(s + i, "#lang", 5) == 0 ? i : len;
}

lc_code lc_driver_racket(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                         lc_driver_info *info, lc_err *e)
{
    if (info) {
        info->src_name = "main.rkt";
        info->main_class = NULL;
    }
    if (!user)
        len = 0, user = "";
    /* one line, no newline at its end: the user's code follows on the same line */
    /* one line, no newline at its end: the user's code follows on the same line;
       list-node and tree-node come first (a contract names them when the
       user's definition is evaluated), unless the user's code defines them,
       whether the signature uses them or not (the runtime names them) */
    PUT("#lang racket (require json data/gvector data/queue data/order data/heap) "
        "(define lc-input (port->string (current-input-port))) "
        "(current-input-port (open-input-string \"\")) ");
    if (!defines(user, len, "list-node"))
        PUT("(struct list-node (val next) #:mutable #:transparent) "
            "(define (make-list-node [val 0]) (list-node val #f)) ");
    if (!defines(user, len, "tree-node"))
        PUT("(struct tree-node (val left right) #:mutable #:transparent) "
            "(define (make-tree-node [val 0]) (tree-node val #f #f)) ");
    size_t lang = lang_line_at(user, len);
    for (size_t i = 0; i < len; i++) {
        char c = user[i];
        if (lang < len && i >= lang && c == '\n')
            lang = len; /* the end of the #lang line */
        else if (lang < len && i >= lang)
            c = ' ';
        LC_DRIVER_TRY("racket", lc_buf_append(out, &c, 1));
    }
    PUT("\n;; ---- end of user code ----\n");
    PUT(lc_rt_racket);
    PUT("\n;; ---- main (generated) ----\n(lc-run '(");
    for (int i = 0; i < sig->nparams; i++)
        PRINTF("%s\"%s\"", i ? " " : "", lc_type_name(sig->params[i].type));
    char name[2 * LC_SIG_NAME_MAX + 2];
    kebab(sig->name, name, sizeof name);
    PRINTF(") \"%s\" %d %s)\n", sig->returns == LC_T_VOID ? "void" : lc_type_name(sig->returns),
           sig->returns == LC_T_VOID ? sig->output : -1, name);
    return LC_OK;
}
