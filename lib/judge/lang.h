/* Languages as data: one table row per language (lang.c). A row says how to
 * name the source in /box, how to compile it (interpreted languages get a
 * syntax check, so a syntax error is a Compilation Error everywhere) and how
 * to run it. Argument templates expand {src} {exe} {dir} {class} {mem} (MiB)
 * {stack} (MiB) {jsstack} (KiB) {pch} {rtobj} {rustc} {erts}; an argument whose variable is
 * empty is left out. */
#ifndef LC_LANG_H
#define LC_LANG_H

#include "../sandbox/sandbox.h"
#include "../util/err.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LC_LANG_MAX_ARGS 48

typedef struct lc_lang {
    const char *id;                 /* API / --lang id: c, cpp, python, javascript, java */
    const char *name;               /* shown to users */
    const char *const *aliases;     /* other accepted ids (LeetCode's python3, c++ ...) */
    const char *const *extensions;  /* ".c" ... */
    const char *src_name;           /* file name in /box; NULL: derived (Java: the public class) */
    const char *const *compile;     /* compile or syntax-check argv template; NULL: none */
    const char *const *run;         /* run argv template */
    const char *const *env;         /* the environment of its compile step and runs, a template
                                       (NULL: the sandbox's PATH, HOME, LANG, TMPDIR) */
    lc_sbx_family family;           /* the seccomp allow list of its runs (compile steps:
                                       LC_SBX_FAMILY_COMPILER) */
    const char *const *version;     /* argv printing the toolchain version (host side) */
    uint32_t compile_mem_mib;       /* compile step memory */
    uint32_t run_mem_extra_mib;     /* cgroup slack for the runtime itself (JVM, V8) */
    uint32_t run_processes;         /* tasks (threads count) a run may have */
    uint32_t run_fsize_min_mib;     /* RLIMIT_FSIZE of a run at least this (OTP 25's JIT maps
                                       its code through 8 MiB memfds, which the limit covers);
                                       output past the package's limit is still caught by its
                                       size */
    const char *const *oom_markers; /* stderr text meaning the runtime ran out of memory */
    const char *const *diag_run;    /* after a Runtime Error: a rerun of the first failing test
                                       alone, under a command that names the user's lines
                                       (Racket's errortrace); its stderr is shown instead of
                                       the first run's. NULL: none */
    const char *const *diag_compile; /* builds what diag_run runs, in /box once more (the first
                                       build stays as it is); NULL: diag_run needs no build */
    bool optional;                  /* a toolchain Debian does not package (rustup's Rust): a
                                       host without it still serves (/readyz), and its
                                       submissions are an Internal Error naming what to install */
} lc_lang;

/* By id or alias (case-insensitive). NULL when unknown. */
const lc_lang *lc_lang_find(const char *id);
/* By the source file's extension. NULL when unknown. */
const lc_lang *lc_lang_from_path(const char *path);
/* The table, NULL-terminated. */
const lc_lang *const *lc_lang_all(void);

typedef struct lc_lang_vars {
    const char *src;    /* /box/main.c */
    const char *exe;    /* /box/main */
    const char *dir;    /* /box */
    const char *klass;  /* Java main class */
    const char *pch;    /* directory holding bits/stdc++.h.gch ("" when none) */
    const char *rtobj;  /* C++ function problems: the driver runtime's object file ("" else) */
    const char *rustc;  /* the Rust compiler inside the sandbox */
    const char *erts;   /* the Erlang runtime's directory (/usr/lib/erlang/erts-VSN) */
    uint64_t mem_mib;
} lc_lang_vars;

/* Expands a template into argv (pointers into storage, NULL-terminated). */
lc_code lc_lang_expand(const char *const *tmpl, const lc_lang_vars *v, char *storage,
                       size_t storage_size, const char **argv, size_t argv_max, lc_err *e);

/* Java: the top-level class declaring main, and the public top-level class
 * (which names the file). Comments, strings and nested classes are skipped.
 * Writes "" when none was found. */
void lc_lang_java_classes(const char *src, size_t len, char *main_cls, size_t main_sz,
                          char *public_cls, size_t public_sz);

/* Java: whether the source declares a top-level class, interface, enum or
 * record of that name (comments and strings skipped). */
bool lc_lang_java_declares(const char *src, size_t len, const char *name);

/* Scala: the top-level object to run, the first declaring `def main` or
 * extending App (comments and strings skipped); "Main" when there is none. */
void lc_lang_scala_main(const char *src, size_t len, char *out, size_t outsz);

#endif
