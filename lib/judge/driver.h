/* Internal: the per-language driver generators behind lc_driver_source() and
 * lc_starter_code() (signature.h documents the driver protocol). Each
 * driver_<lang>.c emits: a prelude (headers/imports, ListNode and TreeNode
 * as LeetCode defines them), the user's code unchanged, the language's
 * runtime (drivers/<lang>/..., embedded at build time: JSON reading and
 * writing, framing on fd 3), and a generated main that parses each test's
 * parameters, calls the function once per test and writes the answer frame.
 * Every identifier a driver adds starts with lc_ (or lc__) or is a LeetCode
 * name (ListNode, TreeNode, Solution), so user code cannot collide with it. */
#ifndef LC_DRIVER_H
#define LC_DRIVER_H

#include "signature.h"

typedef struct lc_driver_info {
    const char *src_name;   /* file name in /box, e.g. "main.c", "LcDriver.java" */
    const char *main_class; /* Java: the class to run; else NULL */
} lc_driver_info;

/* One signature type in a statically typed language (C#, Kotlin): LeetCode's
 * spelling, and the runtime's expression reading it from a line's JSON. */
typedef struct lc_driver_type {
    const char *decl;
    const char *read;
} lc_driver_type;

/* A type's row: from the list forms' table (lc_param.list) when it has one. */
static inline const lc_driver_type *lc_driver_type_of(const lc_driver_type *plain,
                                                      const lc_driver_type *lists, lc_type t,
                                                      bool list)
{
    return list && lists[t].decl ? &lists[t] : &plain[t];
}

/* LeetCode's snake_case spelling of a camelCase name (Rust, Ruby). */
void lc_snake_case(const char *name, char *out, size_t outsz);

/* The arguments every dynamic-language runtime's lc__run takes first, as
 * `[q int[] q, q int q], q int[] q, -1`: the parameters' package types, the
 * return type ("void" for none) and the index of the output parameter of a
 * void function (-1 otherwise), strings in quote q. */
lc_code lc_driver_run_types(const lc_signature *sig, char q, lc_buf *out, lc_err *e);

/* Appends a runtime (Java, C#, Kotlin), leaving out its sections
 * "//<lc:TAG>" .. "//</lc:TAG>" (whole lines) that the signature does not
 * need — "list" without a ListNode, "tree" without a TreeNode — and the
 * section also_skip (NULL: none); ends with a newline. */
lc_code lc_driver_emit_sections(const lc_signature *sig, const char *rt, const char *also_skip,
                                lc_buf *out, lc_err *e);

/* A definition as LeetCode's starter code shows it (C#, Scala): in a doc
 * comment, a line " * TITLE", then " * " before each line of def. */
lc_code lc_driver_doc_comment(const char *title, const char *def, lc_buf *out, lc_err *e);

/* A definition as LeetCode's starter code shows it in a language of line
 * comments (Erlang `%%`, Elixir `#`): "MARK TITLE", "MARK", then "MARK " before
 * each line of def, and an empty line. */
lc_code lc_driver_line_comment(const char *mark, const char *title, const char *def, lc_buf *out,
                               lc_err *e);

/* How a BEAM language spells a function's typespec and head (Erlang, Elixir):
 * both get LeetCode's `SPEC name(Var :: type, ...) RETURNS type END_SPEC` then `DEF
 * name(Var, ...) BODY`; an in-place problem's function returns the
 * parameter's new value (BEAM values cannot change), which a comment says. */
typedef struct lc_beam_syntax {
    const char *lang, *indent, *comment, *spec, *returns, *end_spec, *def, *body;
    void (*var)(const char *name, char *out, size_t outsz); /* a parameter's variable */
    const char *(*type)(lc_type t);                         /* LeetCode's typespec */
} lc_beam_syntax;
lc_code lc_driver_beam_spec(const lc_signature *sig, const lc_beam_syntax *x, lc_buf *out, lc_err *e);

/* The error for a failed append to the program being generated. */
lc_code lc_driver_buf_fail(const char *lang, lc_code rc, lc_err *e);
#define LC_DRIVER_TRY(lang, call)                                                                  \
    do {                                                                                           \
        lc_code rc_ = (call);                                                                      \
        if (rc_ != LC_OK)                                                                          \
            return lc_driver_buf_fail((lang), rc_, e);                                             \
    } while (0)

/* Every generator may assume what lc_starter_code()/lc_driver_source() check
 * before calling it: 0..LC_SIG_MAX_PARAMS parameters of known non-void
 * types, a known return type, and for a void function a valid output
 * parameter. */
#define LC_DRIVER_DECL(lang)                                                                       \
    lc_code lc_starter_##lang(const lc_signature *sig, lc_buf *out, lc_err *e);                   \
    lc_code lc_driver_##lang(const lc_signature *sig, const char *user, size_t len, lc_buf *out,   \
                             lc_driver_info *info, lc_err *e);

LC_DRIVER_DECL(c)
LC_DRIVER_DECL(cpp)
LC_DRIVER_DECL(python)
LC_DRIVER_DECL(javascript)
LC_DRIVER_DECL(java)
LC_DRIVER_DECL(typescript)
LC_DRIVER_DECL(golang)
LC_DRIVER_DECL(rust)
LC_DRIVER_DECL(ruby)
LC_DRIVER_DECL(php)
LC_DRIVER_DECL(csharp)
LC_DRIVER_DECL(racket)
LC_DRIVER_DECL(kotlin)
LC_DRIVER_DECL(scala)
LC_DRIVER_DECL(erlang)
LC_DRIVER_DECL(elixir)

/* The JavaScript driver's prelude (one line: ListNode, TreeNode, LeetCode's
 * libraries, stdin read): the TypeScript driver's runtime module reuses it. */
extern const char lc_js_prelude[];

/* Runtime sources embedded by CMake from lib/judge/drivers/ (NUL-terminated). */
extern const char lc_rt_c[];        /* drivers/c/runtime.h      */
extern const char lc_rt_cpp[];      /* drivers/cpp/runtime.hpp (its definitions are linked in
                                       from lc_cpp_runtime.o, built from runtime_impl.cpp) */
extern const char lc_rt_cpp_prelude[]; /* drivers/cpp/prelude.hpp */
extern const char lc_rt_python[];   /* drivers/python/runtime.py */
extern const char lc_rt_javascript[]; /* drivers/javascript/runtime.js */
extern const char lc_rt_java[];     /* drivers/java/Runtime.java */
extern const char lc_rt_go[];       /* drivers/go/runtime.go */
extern const char lc_rt_rust[];     /* drivers/rust/runtime.rs */
extern const char lc_rt_ruby[];     /* drivers/ruby/runtime.rb */
extern const char lc_rt_php[];      /* drivers/php/runtime.php */
extern const char lc_rt_csharp[];   /* drivers/csharp/runtime.cs */
extern const char lc_rt_racket[];   /* drivers/racket/runtime.rkt */
extern const char lc_rt_kotlin[];   /* drivers/kotlin/runtime.kt */
extern const char lc_rt_scala[];    /* drivers/scala/runtime.scala */
extern const char lc_rt_erlang[];   /* drivers/erlang/runtime.erl */
extern const char lc_rt_elixir[];   /* drivers/elixir/runtime.ex */

#endif
