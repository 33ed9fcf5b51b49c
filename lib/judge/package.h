/* Problem packages: the Kattis legacy layout plus LiteCode's extensions
 * (ARCHITECTURE.md, "Problem packages"). Loading validates everything a judge
 * needs and names the file and the problem in every error. */
#ifndef LC_PACKAGE_H
#define LC_PACKAGE_H

#include "../util/err.h"
#include "checker.h"

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define LC_PKG_MAX_TESTS 10000
#define LC_PKG_YAML_MAX (64 * 1024)

typedef struct lc_test {
    char *name;      /* "sample/1", "secret/group1/03" (path under data/, no extension) */
    char *in_path;   /* absolute or package-relative host paths */
    char *ans_path;
    bool sample;
} lc_test;

typedef enum { LC_REVEAL_ALL = 0, LC_REVEAL_SAMPLES } lc_reveal;

typedef struct lc_package {
    char *dir;            /* the package directory as given */
    char *slug;           /* its directory name */
    char *title;          /* problem.yaml name (else the slug) */
    char *difficulty;     /* easy | medium | hard (default medium) */
    json_t *tags;         /* array of strings */
    double time_limit;    /* seconds */
    uint64_t memory_mib;
    uint64_t output_mib;
    bool custom_validation;
    char *validator_dir;  /* output_validators/NAME when custom */
    lc_check_flags flags;
    lc_reveal reveal;
    json_t *function;     /* the `function:` block (LeetCode-style problems) or NULL */
    json_t *yaml;         /* all of problem.yaml */
    lc_test *tests;       /* samples first, then secret, each by file name */
    size_t ntests;
    size_t nsamples;
} lc_package;

lc_code lc_package_load(const char *dir, lc_package **out, lc_err *e);
void lc_package_free(lc_package *p);

#endif
