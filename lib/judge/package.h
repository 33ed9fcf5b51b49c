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
    size_t group;    /* scoring problems: its directory's test group (lc_package.groups) */
} lc_test;

/* Scoring problems (`type: scoring`): every directory under data/ is a test
 * group, graded as Kattis's default grader does from its testdata.yaml (the
 * nearest one up the tree, key by key): each test scores accept_score when
 * accepted, else reject_score; a group's items (its tests and subgroups, in
 * name order) give its verdict and score. */
typedef enum { LC_SCORE_SUM = 0, LC_SCORE_AVG, LC_SCORE_MIN, LC_SCORE_MAX } lc_score_agg;
typedef enum { LC_VERDICT_WORST = 0, LC_VERDICT_FIRST, LC_VERDICT_ALWAYS_AC } lc_verdict_agg;

typedef struct lc_group_item {
    bool is_group;
    size_t index;    /* into tests or groups */
} lc_group_item;

typedef struct lc_group {
    char *name;               /* "" (data/ itself), "sample", "secret", "secret/subtask1" */
    double accept_score, reject_score;  /* 1 and 0 by default */
    double range_min, range_max;        /* the group's score range (-inf, +inf by default) */
    bool on_reject_break;     /* on_reject: break (default) stops at the first rejected item */
    lc_score_agg score_agg;   /* grader_flags: sum (default) | avg | min | max */
    lc_verdict_agg verdict_agg; /* worst_error (default) | first_error | always_accept */
    bool ignore_sample;       /* only the last item (secret) counts */
    bool accept_if_any;       /* accepted when any item is */
    lc_group_item *items;
    size_t nitems;
} lc_group;

typedef enum { LC_REVEAL_ALL = 0, LC_REVEAL_SAMPLES } lc_reveal;

typedef struct lc_package {
    char *dir;            /* the package directory as given */
    char *slug;           /* its directory name */
    char *title;          /* problem.yaml name (else the slug) */
    char *difficulty;     /* easy | medium | hard (default medium) */
    json_t *tags;         /* array of strings */
    double time_limit;    /* seconds */
    bool time_limit_given; /* by limits.time_limit or .timelimit (else the 2 s default) */
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
    char *format;         /* problem_format_version: "legacy" unless the package says */
    bool scoring;         /* type: scoring */
    lc_group *groups;     /* scoring: groups[0] is data/ itself */
    size_t ngroups;
} lc_package;

lc_code lc_package_load(const char *dir, lc_package **out, lc_err *e);
void lc_package_free(lc_package *p);

#endif
