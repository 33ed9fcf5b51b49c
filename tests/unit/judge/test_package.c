/* lib/judge/package.h: loading Kattis-style problem packages built in temp dirs. */
#include "judge/package.h"
#include <criterion/criterion.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FMT(buf, ...) cr_assert_lt((size_t)snprintf((buf), sizeof(buf), __VA_ARGS__), sizeof(buf))

static char root[64];  /* mkdtemp dir */
static char pkg[128];  /* root/twosum: the package, slug "twosum" */

static void setup(void)
{
    FMT(root, "/tmp/lc-test-pkg-XXXXXX");
    cr_assert_not_null(mkdtemp(root), "mkdtemp: %s", strerror(errno));
    FMT(pkg, "%s/twosum", root);
    cr_assert_eq(mkdir(pkg, 0755), 0);
}

static void teardown(void)
{
    char cmd[256];
    FMT(cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "cleanup of %s failed\n", root);
}

TestSuite(package, .init = setup, .fini = teardown);

/* Writes pkg/rel, creating parent directories. */
static void put(const char *rel, const char *content)
{
    char p[512];
    FMT(p, "%s/%s", pkg, rel);
    for (char *s = p + strlen(pkg) + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            if (mkdir(p, 0755) < 0)
                cr_assert_eq(errno, EEXIST, "mkdir %s: %s", p, strerror(errno));
            *s = '/';
        }
    FILE *f = fopen(p, "w");
    cr_assert_not_null(f, "fopen %s: %s", p, strerror(errno));
    fputs(content, f);
    fclose(f);
}

static void put_test(const char *rel_noext)
{
    char p[256];
    FMT(p, "%s.in", rel_noext);
    put(p, "1 2\n");
    FMT(p, "%s.ans", rel_noext);
    put(p, "3\n");
}

static lc_package *load_ok(void)
{
    lc_package *p = NULL;
    lc_err e = {0};
    lc_code rc = lc_package_load(pkg, &p, &e);
    cr_assert_eq(rc, LC_OK, "load: %s: %s", lc_code_name(rc), e.msg);
    cr_assert_not_null(p);
    return p;
}

static lc_err load_fail(void)
{
    lc_package *p = (lc_package *)0x1;
    lc_err e = {0};
    lc_code rc = lc_package_load(pkg, &p, &e);
    cr_assert_neq(rc, LC_OK, "package loaded but should not");
    cr_assert_null(p, "*out must be NULL on failure");
    cr_assert_not_null(strstr(e.msg, "twosum"), "error does not name the problem: %s", e.msg);
    return e;
}

static void minimal(const char *yaml)
{
    put("problem.yaml", yaml);
    put_test("data/sample/1");
}

/* ---- limits ------------------------------------------------------------- */

Test(package, limits_from_problem_yaml)
{
    minimal("name: Two Sum\nlimits:\n  time_limit: 1.5\n  memory: 256\n  output: 16\n");
    lc_package *p = load_ok();
    cr_assert_float_eq(p->time_limit, 1.5, 1e-9);
    cr_assert_eq(p->memory_mib, 256);
    cr_assert_eq(p->output_mib, 16);
    cr_assert_str_eq(p->title, "Two Sum");
    cr_assert_str_eq(p->slug, "twosum");
    lc_package_free(p);
}

Test(package, flow_style_limits)
{
    minimal("limits: {time_limit: 3, memory: 64, output: 1}\n");
    lc_package *p = load_ok();
    cr_assert_float_eq(p->time_limit, 3.0, 1e-9);
    cr_assert_eq(p->memory_mib, 64);
    cr_assert_eq(p->output_mib, 1);
    lc_package_free(p);
}

Test(package, timelimit_file_fallback)
{
    minimal("name: x\nlimits:\n  memory: 128\n");
    put(".timelimit", "3.5\n");
    lc_package *p = load_ok();
    cr_assert_float_eq(p->time_limit, 3.5, 1e-9);
    cr_assert(p->time_limit_given);
    cr_assert_eq(p->memory_mib, 128);
    lc_package_free(p);
}

Test(package, no_time_limit_is_the_default_not_given)
{
    minimal("name: x\n");
    lc_package *p = load_ok();
    cr_assert_float_eq(p->time_limit, 2.0, 1e-9);
    cr_assert(!p->time_limit_given, "litecode import derives one (lc_judge_derive_time_limit)");
    lc_package_free(p);
    minimal("limits: {time_limit: 1}\n");
    p = load_ok();
    cr_assert(p->time_limit_given);
    lc_package_free(p);
}

Test(package, problem_yaml_time_limit_wins_over_timelimit_file)
{
    minimal("limits: {time_limit: 1}\n");
    put(".timelimit", "7\n");
    lc_package *p = load_ok();
    cr_assert_float_eq(p->time_limit, 1.0, 1e-9);
    lc_package_free(p);
}

Test(package, bad_timelimit_file_is_error)
{
    minimal("name: x\n");
    put(".timelimit", "fast\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, ".timelimit"), "%s", e.msg);
}

Test(package, defaults)
{
    minimal("name: x\n");
    lc_package *p = load_ok();
    cr_assert_float_eq(p->time_limit, 2.0, 1e-9);
    cr_assert_eq(p->memory_mib, 1024);
    cr_assert_eq(p->output_mib, 8);
    cr_assert_str_eq(p->difficulty, "medium");
    cr_assert(json_is_array(p->tags));
    cr_assert_eq(json_array_size(p->tags), 0);
    cr_assert_not(p->custom_validation);
    cr_assert_null(p->validator_dir);
    cr_assert_eq(p->reveal, LC_REVEAL_ALL);
    cr_assert_null(p->function);
    cr_assert_not(p->flags.case_sensitive);
    cr_assert_not(p->flags.float_abs_set);
    lc_package_free(p);
}

Test(package, empty_problem_yaml_gives_defaults_and_slug_title)
{
    minimal("");
    lc_package *p = load_ok();
    cr_assert_str_eq(p->title, "twosum");
    cr_assert_float_eq(p->time_limit, 2.0, 1e-9);
    lc_package_free(p);
}

Test(package, trailing_slash_in_dir)
{
    minimal("name: x\n");
    char d[160];
    FMT(d, "%s//", pkg);
    lc_package *p = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_package_load(d, &p, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(p->slug, "twosum");
    lc_package_free(p);
}

Test(package, metadata_fields)
{
    minimal("name: Two Sum\ndifficulty: hard\ntags: [array, hash table]\n"
            "validator_flags: case_sensitive float_tolerance 1e-6\n");
    lc_package *p = load_ok();
    cr_assert_str_eq(p->difficulty, "hard");
    cr_assert_eq(json_array_size(p->tags), 2);
    cr_assert_str_eq(json_string_value(json_array_get(p->tags, 1)), "hash table");
    cr_assert(p->flags.case_sensitive);
    cr_assert(p->flags.float_abs_set);
    cr_assert(p->flags.float_rel_set);
    cr_assert_float_eq(p->flags.float_abs, 1e-6, 1e-15);
    cr_assert(json_is_object(p->yaml));
    lc_package_free(p);
}

/* ---- tests discovery ---------------------------------------------------- */

Test(package, tests_samples_first_then_secret_by_name)
{
    put("problem.yaml", "name: x\n");
    put_test("data/secret/b");
    put_test("data/secret/a");
    put_test("data/secret/group1/02");
    put_test("data/secret/group1/01");
    put_test("data/secret/c");
    put_test("data/sample/2");
    put_test("data/sample/1");
    put("data/secret/readme.txt", "not a test");
    put("data/secret/orphan.ans", "no .in: ignored");
    put("data/secret/.hidden.in", "hidden: ignored");
    lc_package *p = load_ok();
    const char *want[] = {"sample/1", "sample/2", "secret/a",   "secret/b",
                          "secret/c", "secret/group1/01", "secret/group1/02"};
    size_t nwant = sizeof want / sizeof want[0];
    cr_assert_eq(p->ntests, nwant, "ntests %zu", p->ntests);
    cr_assert_eq(p->nsamples, 2);
    for (size_t i = 0; i < nwant; i++) {
        cr_assert_str_eq(p->tests[i].name, want[i], "test %zu", i);
        cr_assert_eq(p->tests[i].sample, i < 2, "test %zu sample flag", i);
        size_t n = strlen(p->tests[i].in_path);
        cr_assert_str_eq(p->tests[i].in_path + n - 3, ".in");
        cr_assert_not_null(strstr(p->tests[i].in_path, want[i]), "%s", p->tests[i].in_path);
        cr_assert_eq(access(p->tests[i].in_path, R_OK), 0, "%s", p->tests[i].in_path);
        cr_assert_eq(access(p->tests[i].ans_path, R_OK), 0, "%s", p->tests[i].ans_path);
        size_t m = strlen(p->tests[i].ans_path);
        cr_assert_str_eq(p->tests[i].ans_path + m - 4, ".ans");
        cr_assert_eq(strncmp(p->tests[i].in_path, p->tests[i].ans_path, n - 3), 0);
    }
    lc_package_free(p);
}

Test(package, secret_only_package)
{
    put("problem.yaml", "name: x\n");
    put_test("data/secret/1");
    lc_package *p = load_ok();
    cr_assert_eq(p->ntests, 1);
    cr_assert_eq(p->nsamples, 0);
    cr_assert_not(p->tests[0].sample);
    lc_package_free(p);
}

Test(package, in_without_ans_names_file_and_problem)
{
    put("problem.yaml", "name: x\n");
    put_test("data/sample/1");
    put("data/secret/07.in", "5\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "secret/07.in"), "%s", e.msg);
    cr_assert_not_null(strstr(e.msg, ".ans"), "%s", e.msg);
}

Test(package, in_without_ans_in_group_names_file)
{
    put("problem.yaml", "name: x\n");
    put_test("data/secret/g/1");
    put("data/secret/g/2.in", "5\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "secret/g/2.in"), "%s", e.msg);
}

Test(package, no_tests_is_error)
{
    put("problem.yaml", "name: x\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "no tests"), "%s", e.msg);
    put("data/sample/readme.md", "x");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "no tests"), "%s", e.msg);
}

/* ---- errors ------------------------------------------------------------- */

Test(package, missing_problem_yaml)
{
    put_test("data/sample/1");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "problem.yaml"), "%s", e.msg);
}

Test(package, missing_directory)
{
    FMT(pkg, "%s/nothere", root);
    lc_package *p = (lc_package *)0x1;
    lc_err e = {0};
    cr_assert_neq(lc_package_load(pkg, &p, &e), LC_OK);
    cr_assert_null(p);
    cr_assert_not_null(strstr(e.msg, "nothere"), "%s", e.msg);
}

Test(package, yaml_syntax_error_names_problem_yaml_and_line)
{
    minimal("name: x\nlimits: [unclosed\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "problem.yaml"), "%s", e.msg);
    cr_assert_not_null(strstr(e.msg, "line"), "%s", e.msg);
}

Test(package, yaml_not_a_mapping)
{
    minimal("- a\n- b\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "problem.yaml"), "%s", e.msg);
}

Test(package, bad_time_limit)
{
    const char *bad[] = {"abc", "0", "-1", "61", "1s", "nan", "inf", "\"\"", "[1]", "{a: 1}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char y[128];
        FMT(y, "limits:\n  time_limit: %s\n", bad[i]);
        minimal(y);
        lc_err e = load_fail();
        cr_assert_not_null(strstr(e.msg, "limits.time_limit"), "time_limit %s: %s", bad[i], e.msg);
        cr_assert_not_null(strstr(e.msg, "problem.yaml"), "%s", e.msg);
    }
}

Test(package, bad_memory_and_output)
{
    const char *bad[] = {"0", "1.5", "16385", "lots"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char y[128];
        FMT(y, "limits:\n  memory: %s\n", bad[i]);
        minimal(y);
        lc_err e = load_fail();
        cr_assert_not_null(strstr(e.msg, "limits.memory"), "memory %s: %s", bad[i], e.msg);
    }
    minimal("limits:\n  output: 2048\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "limits.output"), "%s", e.msg);
    minimal("limits: 5\n");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "limits"), "%s", e.msg);
}

Test(package, time_limit_upper_bound_is_inclusive)
{
    minimal("limits: {time_limit: 60}\n");
    lc_package *p = load_ok();
    cr_assert_float_eq(p->time_limit, 60.0, 1e-9);
    lc_package_free(p);
}

Test(package, bad_validator_flags)
{
    minimal("validator_flags: frobnicate\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "validator_flags"), "%s", e.msg);
    minimal("validator_flags: float_tolerance\n");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "validator_flags"), "%s", e.msg);
    minimal("validator_flags: [case_sensitive]\n");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "validator_flags"), "%s", e.msg);
}

Test(package, bad_difficulty_tags_name)
{
    minimal("difficulty: impossible\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "difficulty"), "%s", e.msg);
    minimal("tags: math\n");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "tags"), "%s", e.msg);
    minimal("tags: [[a]]\n");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "tags"), "%s", e.msg);
    minimal("name: [a]\n");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "name"), "%s", e.msg);
}

Test(package, duplicate_key_in_problem_yaml)
{
    minimal("name: a\nname: b\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "duplicate"), "%s", e.msg);
}

/* ---- validation / reveal / function -------------------------------------- */

Test(package, custom_validation_without_output_validators)
{
    minimal("validation: custom\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "output_validators"), "%s", e.msg);
    /* the directory exists but holds no validator directory */
    put("output_validators/README", "x");
    e = load_fail();
    cr_assert_not_null(strstr(e.msg, "output_validators"), "%s", e.msg);
}

Test(package, custom_validation_picks_first_validator_dir)
{
    minimal("validation: custom\n");
    put("output_validators/zeta/validate.py", "print(1)\n");
    put("output_validators/alpha/validate.py", "print(1)\n");
    lc_package *p = load_ok();
    cr_assert(p->custom_validation);
    cr_assert_not_null(p->validator_dir);
    size_t n = strlen(p->validator_dir);
    cr_assert_geq(n, 24);
    cr_assert_str_eq(p->validator_dir + n - 24, "/output_validators/alpha",
                     "%s", p->validator_dir);
    lc_package_free(p);
}

Test(package, bad_validation_value)
{
    minimal("validation: strict\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "validation"), "%s", e.msg);
}

Test(package, reveal_samples)
{
    minimal("reveal: samples\n");
    lc_package *p = load_ok();
    cr_assert_eq(p->reveal, LC_REVEAL_SAMPLES);
    lc_package_free(p);
    minimal("reveal: all\n");
    p = load_ok();
    cr_assert_eq(p->reveal, LC_REVEAL_ALL);
    lc_package_free(p);
    minimal("reveal: everything\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "reveal"), "%s", e.msg);
}

Test(package, function_block_kept_as_json)
{
    minimal("name: Two Sum\n"
            "function:\n"
            "  name: twoSum\n"
            "  params:\n"
            "    - {name: nums, type: \"int[]\"}\n"
            "    - {name: target, type: int}\n"
            "  returns: \"int[]\"\n");
    lc_package *p = load_ok();
    cr_assert(json_is_object(p->function));
    cr_assert_str_eq(json_string_value(json_object_get(p->function, "name")), "twoSum");
    json_t *params = json_object_get(p->function, "params");
    cr_assert(json_is_array(params));
    cr_assert_eq(json_array_size(params), 2);
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(params, 0), "type")),
                     "int[]");
    cr_assert_str_eq(json_string_value(json_object_get(json_array_get(params, 1), "name")),
                     "target");
    cr_assert_str_eq(json_string_value(json_object_get(p->function, "returns")), "int[]");
    /* the same node as in the whole yaml */
    cr_assert_eq(p->function, json_object_get(p->yaml, "function"));
    lc_package_free(p);
}

Test(package, function_must_be_mapping)
{
    minimal("function: twoSum\n");
    lc_err e = load_fail();
    cr_assert_not_null(strstr(e.msg, "function"), "%s", e.msg);
}

Test(package, real_sum_package_loads)
{
    /* ctest sets LC_SOURCE_DIR; else derive it from this file's path */
    const char *src = getenv("LC_SOURCE_DIR");
    char d[PATH_MAX];
    if (src && *src) {
        FMT(d, "%s/tests/packages/sum", src);
    } else {
        const char *f = __FILE__;
        const char *cut = strstr(f, "/tests/unit/");
        cr_assert_not_null(cut, "cannot locate the source tree from %s", f);
        FMT(d, "%.*s/tests/packages/sum", (int)(cut - f), f);
    }
    lc_package *p = NULL;
    lc_err e = {0};
    cr_assert_eq(lc_package_load(d, &p, &e), LC_OK, "%s", e.msg);
    cr_assert_str_eq(p->slug, "sum");
    cr_assert_str_eq(p->title, "Sum");
    cr_assert_float_eq(p->time_limit, 2.0, 1e-9);
    cr_assert_eq(p->memory_mib, 64);
    cr_assert_gt(p->ntests, 0);
    cr_assert_gt(p->nsamples, 0);
    lc_package_free(p);
}

/* ---- Kattis 2023-07 and scoring problems ---------------------------------- */

static const lc_group *group_named(const lc_package *p, const char *name)
{
    for (size_t i = 0; i < p->ngroups; i++)
        if (strcmp(p->groups[i].name, name) == 0)
            return &p->groups[i];
    cr_assert_fail("no group %s", name);
    return NULL;
}

Test(package, name_map_and_format_version)
{
    minimal("problem_format_version: 2023-07-draft\nname:\n  sv: Gissa talet\n  en: Guess the Number\n");
    put("statement/problem.sv.md", "x\n");
    lc_package *p = load_ok();
    cr_assert_str_eq(p->title, "Guess the Number");
    cr_assert_str_eq(p->format, "2023-07-draft");
    cr_assert(!p->scoring);
    cr_assert_eq(p->ngroups, 0, "a pass-fail problem has no groups");
    lc_package_free(p);
    minimal("name: {sv: Udda eko}\n");
    p = load_ok();
    cr_assert_str_eq(p->title, "Udda eko", "no English name: the first");
    cr_assert_str_eq(p->format, "legacy");
    lc_package_free(p);
}

Test(package, bad_format_type_and_name)
{
    minimal("problem_format_version: 2099-01\n");
    cr_assert_not_null(strstr(load_fail().msg, "problem_format_version"));
    minimal("type: interactive\n");
    cr_assert_not_null(strstr(load_fail().msg, "interactive problems are not supported"));
    minimal("type: [pass-fail, golf]\n");
    cr_assert_not_null(strstr(load_fail().msg, "type: must be"));
    minimal("name: {}\n");
    cr_assert_not_null(strstr(load_fail().msg, "name:"));
    minimal("type: scoring\nfunction:\n  name: f\n  params: []\n  returns: int\n");
    cr_assert_not_null(strstr(load_fail().msg, "cannot be of type scoring"));
}

Test(package, scoring_groups_inherit_testdata_yaml)
{
    minimal("type: [scoring]\n");
    put("data/testdata.yaml", "on_reject: continue\ngrader_flags: ignore_sample\n");
    put("data/sample/testdata.yaml", "accept_score: 0\nrange: 0 0\n");
    put("data/secret/testdata.yaml", "range: 0 100\ngrader_flags: first_error accept_if_any_accepted\n");
    put("data/secret/b/testdata.yaml", "on_reject: break\naccept_score: 50\nrange: 0 50\ngrader_flags: min\n");
    put_test("data/secret/a/1");
    put_test("data/secret/a/2");
    put_test("data/secret/b/1");
    put_test("data/secret/top");
    lc_package *p = load_ok();
    cr_assert(p->scoring);
    cr_assert_eq(p->ngroups, 5, "data, sample, secret, secret/a, secret/b");
    const lc_group *root = &p->groups[0];
    cr_assert_str_eq(root->name, "");
    cr_assert(!root->on_reject_break && root->ignore_sample);
    cr_assert_eq(root->nitems, 2);
    const lc_group *sample = group_named(p, "sample");
    cr_assert_float_eq(sample->accept_score, 0, 1e-9);
    cr_assert(sample->ignore_sample, "grader_flags not given: inherited whole");
    cr_assert(!sample->on_reject_break, "on_reject inherited");
    const lc_group *secret = group_named(p, "secret");
    cr_assert(secret->accept_if_any && !secret->ignore_sample && secret->verdict_agg == LC_VERDICT_FIRST);
    cr_assert_float_eq(secret->range_max, 100, 1e-9);
    cr_assert_float_eq(secret->accept_score, 1, 1e-9, "the default");
    /* secret's items in name order: a, b, top */
    cr_assert_eq(secret->nitems, 3);
    cr_assert(secret->items[0].is_group && secret->items[1].is_group && !secret->items[2].is_group);
    cr_assert_str_eq(p->groups[secret->items[0].index].name, "secret/a");
    cr_assert_str_eq(p->tests[secret->items[2].index].name, "secret/top");
    const lc_group *a = group_named(p, "secret/a");
    cr_assert(a->accept_if_any, "secret's flags, inherited by a");
    cr_assert_eq(a->nitems, 2);
    const lc_group *b = group_named(p, "secret/b");
    cr_assert(b->on_reject_break && b->score_agg == LC_SCORE_MIN && !b->accept_if_any);
    cr_assert_float_eq(b->accept_score, 50, 1e-9);
    cr_assert_eq(p->tests[b->items[0].index].group, (size_t)(b - p->groups));
    lc_package_free(p);
}

Test(package, scoring_bad_testdata_yaml)
{
    const char *bad[][2] = {{"on_reject: maybe\n", "on_reject"},
                            {"accept_score: lots\n", "accept_score"},
                            {"range: 100 0\n", "range"},
                            {"range: 5\n", "range"},
                            {"grading: custom\n", "custom graders"},
                            {"- a list\n", "mapping"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        minimal("type: scoring\n");
        put("data/sample/testdata.yaml", bad[i][0]);
        lc_err e = load_fail();
        cr_assert_not_null(strstr(e.msg, bad[i][1]), "%s: %s", bad[i][0], e.msg);
        cr_assert_not_null(strstr(e.msg, "data/sample/testdata.yaml"), "names the file: %s", e.msg);
    }
}

Test(package, output_validator_2023)
{
    minimal("problem_format_version: 2023-07-draft\n");
    put("output_validator/check/validate.cc", "int main() { return 42; }\n");
    lc_package *p = load_ok();
    cr_assert(p->custom_validation, "2023-07: the validator's presence makes it custom");
    cr_assert_not_null(strstr(p->validator_dir, "output_validator/check"));
    lc_package_free(p);
}
