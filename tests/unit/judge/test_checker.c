#include "judge/checker.h"
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- helpers ------------------------------------------------------------ */

static char why[256];

static lc_check_flags flags(const char *s)
{
    lc_check_flags f;
    lc_err e = {0};
    cr_assert_eq(lc_check_flags_parse(s, &f, &e), LC_OK, "flags '%s': %s", s, e.msg);
    return f;
}

/* Copies into an exact-size heap block so ASan catches any read past the end. */
static bool check_n(const char *exp, size_t elen, const char *act, size_t alen,
                    const lc_check_flags *f)
{
    char *e = malloc(elen ? elen : 1);
    char *a = malloc(alen ? alen : 1);
    cr_assert(e && a);
    memcpy(e, exp, elen);
    memcpy(a, act, alen);
    memset(why, 'X', sizeof why);
    bool ok = lc_check_output(e, elen, a, alen, f, why, sizeof why);
    cr_assert(memchr(why, '\0', sizeof why), "why must be NUL-terminated");
    free(e);
    free(a);
    return ok;
}

static bool check(const char *exp, const char *act, const char *fl)
{
    lc_check_flags f = flags(fl);
    return check_n(exp, strlen(exp), act, strlen(act), &f);
}

#define ACCEPT(exp, act, fl) cr_assert(check(exp, act, fl), "should accept: %s", why)
#define REJECT(exp, act, fl) cr_assert_not(check(exp, act, fl), "should reject")

/* ---- flag parsing ------------------------------------------------------- */

Test(checker_flags, null_and_empty_give_defaults)
{
    const char *inputs[] = {NULL, "", "   ", " \t\n"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        lc_check_flags f;
        memset(&f, 0xff, sizeof f);
        lc_err e = {0};
        cr_assert_eq(lc_check_flags_parse(inputs[i], &f, &e), LC_OK);
        cr_assert_not(f.case_sensitive);
        cr_assert_not(f.space_change_sensitive);
        cr_assert_not(f.float_abs_set);
        cr_assert_not(f.float_rel_set);
    }
}

Test(checker_flags, all_flags)
{
    lc_check_flags f = flags("float_tolerance 1e-6 case_sensitive space_change_sensitive");
    cr_assert(f.case_sensitive);
    cr_assert(f.space_change_sensitive);
    cr_assert(f.float_abs_set && f.float_rel_set);
    cr_assert_float_eq(f.float_abs, 1e-6, 1e-18);
    cr_assert_float_eq(f.float_rel, 1e-6, 1e-18);
}

Test(checker_flags, separate_abs_and_rel)
{
    lc_check_flags f = flags("float_absolute_tolerance 1e-9 float_relative_tolerance 1e-6");
    cr_assert(f.float_abs_set && f.float_rel_set);
    cr_assert_float_eq(f.float_abs, 1e-9, 1e-21);
    cr_assert_float_eq(f.float_rel, 1e-6, 1e-18);
    cr_assert_not(f.case_sensitive);

    f = flags("  float_relative_tolerance\t0.5  ");
    cr_assert_not(f.float_abs_set);
    cr_assert(f.float_rel_set);
    cr_assert_float_eq(f.float_rel, 0.5, 1e-12);

    f = flags("float_absolute_tolerance 0");
    cr_assert(f.float_abs_set);
    cr_assert_not(f.float_rel_set);
    cr_assert_float_eq(f.float_abs, 0.0, 1e-300);
}

Test(checker_flags, later_flag_overrides)
{
    lc_check_flags f = flags("float_tolerance 1e-3 float_absolute_tolerance 1e-9");
    cr_assert_float_eq(f.float_abs, 1e-9, 1e-21);
    cr_assert_float_eq(f.float_rel, 1e-3, 1e-15);
}

Test(checker_flags, unknown_flag_is_invalid)
{
    lc_check_flags f;
    lc_err e = {0};
    cr_assert_eq(lc_check_flags_parse("case_sensitive bogus_flag", &f, &e), LC_ERR_INVALID);
    cr_assert_eq(e.code, LC_ERR_INVALID);
    cr_assert(strstr(e.msg, "bogus_flag"), "%s", e.msg);
    cr_assert_not(f.case_sensitive, "defaults on error");

    e = (lc_err){0};
    cr_assert_eq(lc_check_flags_parse("Case_Sensitive", &f, &e), LC_ERR_INVALID);
    cr_assert(strstr(e.msg, "Case_Sensitive"), "%s", e.msg);
}

Test(checker_flags, missing_number)
{
    const char *cases[] = {"float_tolerance", "float_absolute_tolerance ",
                           "case_sensitive float_relative_tolerance"};
    const char *names[] = {"float_tolerance", "float_absolute_tolerance",
                           "float_relative_tolerance"};
    for (size_t i = 0; i < 3; i++) {
        lc_check_flags f;
        lc_err e = {0};
        cr_assert_eq(lc_check_flags_parse(cases[i], &f, &e), LC_ERR_INVALID, "%s", cases[i]);
        cr_assert(strstr(e.msg, names[i]), "%s", e.msg);
    }
}

Test(checker_flags, invalid_number)
{
    const char *cases[] = {"float_tolerance abc",   "float_tolerance 1e-6x",
                           "float_tolerance nan",   "float_tolerance inf",
                           "float_tolerance -1e-6", "float_absolute_tolerance case_sensitive",
                           "float_relative_tolerance 1,5"};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        lc_check_flags f;
        lc_err e = {0};
        cr_assert_eq(lc_check_flags_parse(cases[i], &f, &e), LC_ERR_INVALID, "%s", cases[i]);
        cr_assert(strstr(e.msg, "float_"), "%s", e.msg);
        cr_assert_not(f.float_abs_set || f.float_rel_set);
    }
}

/* ---- defaults ----------------------------------------------------------- */

Test(checker, identical_accepted)
{
    ACCEPT("42\n", "42\n", NULL);
    ACCEPT("1 2 3\nhello world\n", "1 2 3\nhello world\n", NULL);
    cr_assert_str_eq(why, "");
}

Test(checker, null_flags_mean_defaults)
{
    cr_assert(lc_check_output("Yes\n", 4, "yes", 3, NULL, why, sizeof why));
    cr_assert_not(lc_check_output("1.0", 3, "1", 1, NULL, why, sizeof why));
}

Test(checker, whitespace_variants_equal)
{
    ACCEPT("1 2 3\n", "1\t2\n3", NULL);
    ACCEPT("1 2 3\n", "   1    2 \n\n\n 3   \n\n", NULL);
    ACCEPT("1\n2\n", "1 2", NULL);
    ACCEPT("a\vb\fc", "a b c", NULL);
    ACCEPT("  x  ", "x", NULL);
    REJECT("12", "1 2", NULL);
    REJECT("1 2", "12", NULL);
}

Test(checker, crlf_accepted_by_default)
{
    ACCEPT("1 2\n3\n", "1 2\r\n3\r\n", NULL);
    ACCEPT("a\r\nb\r\n", "a\nb", NULL);
}

Test(checker, missing_final_newline_accepted)
{
    ACCEPT("42\n", "42", NULL);
    ACCEPT("42", "42\n", NULL);
}

Test(checker, mismatch_reports_actual_line)
{
    REJECT("1\n2\n42\n", "1\n2\n41\n", NULL);
    cr_assert_str_eq(why, "line 3: expected '42', got '41'");
    /* line numbers are those of the actual output, not the expected one */
    REJECT("1 2 42", "\n\n1\n2\n\n41", NULL);
    cr_assert_str_eq(why, "line 6: expected '42', got '41'");
    REJECT("a", "b", NULL);
    cr_assert_str_eq(why, "line 1: expected 'a', got 'b'");
}

Test(checker, case_insensitive_by_default)
{
    ACCEPT("Yes\n", "YES\n", NULL);
    ACCEPT("impossible", "ImPoSsIbLe", NULL);
    REJECT("Yes", "Yes!", NULL);
}

Test(checker, case_sensitive_flag)
{
    REJECT("Yes\n", "YES\n", "case_sensitive");
    cr_assert_str_eq(why, "line 1: expected 'Yes', got 'YES'");
    ACCEPT("Yes\n", "Yes", "case_sensitive");
}

Test(checker, case_folding_is_ascii_only)
{
    /* é (C3 A9) vs É (C3 89): not folded */
    REJECT("caf\xc3\xa9", "CAF\xc3\x89", NULL);
    ACCEPT("caf\xc3\xa9", "CAF\xc3\xa9", NULL);
    /* '@' (0x40) and '`' (0x60) differ by 0x20 but are not letters */
    REJECT("@", "`", NULL);
    REJECT("[", "{", NULL);
}

Test(checker, no_tolerance_means_string_compare)
{
    REJECT("1.0", "1", NULL);
    REJECT("1", "1.0", NULL);
    REJECT("0.5", ".5", NULL);
    REJECT("1e3", "1000", NULL);
    ACCEPT("1E3", "1e3", NULL); /* case-insensitive string compare */
    REJECT("1E3", "1e3", "case_sensitive");
}

/* ---- space_change_sensitive --------------------------------------------- */

Test(checker, space_sensitive_exact)
{
    ACCEPT("1 2\n3 4\n", "1 2\n3 4\n", "space_change_sensitive");
    REJECT("1 2\n", "1  2\n", "space_change_sensitive");
    cr_assert_str_eq(why, "line 1: wrong whitespace before '2': expected ' ', got '  '");
    REJECT("1 2\n", "1\n2\n", "space_change_sensitive");
    REJECT("1 2\n", "1\t2\n", "space_change_sensitive");
    REJECT("1\n", " 1\n", "space_change_sensitive");
    REJECT("1\n2\n", "1\n\n2\n", "space_change_sensitive");
    cr_assert(strstr(why, "line 2:"), "%s", why);
    /* case still ignored */
    ACCEPT("a B\n", "A b\n", "space_change_sensitive");
}

Test(checker, space_sensitive_final_newline)
{
    ACCEPT("42\n", "42", "space_change_sensitive");
    ACCEPT("42", "42\n", "space_change_sensitive");
    ACCEPT("42\n", "42\n\n", "space_change_sensitive");
    ACCEPT("", "\n", "space_change_sensitive");
    REJECT("42", "42\n\n", "space_change_sensitive");
    REJECT("42\n", "42 \n", "space_change_sensitive");
    REJECT("42\n", "42 ", "space_change_sensitive");
    REJECT("", "  ", "space_change_sensitive");
}

Test(checker, space_sensitive_crlf_rejected)
{
    REJECT("1\n2\n", "1\r\n2\r\n", "space_change_sensitive");
    cr_assert_str_eq(why, "line 1: wrong whitespace before '2': expected '\\n', got '\\r\\n'");
}

/* ---- floats ------------------------------------------------------------- */

Test(checker, float_absolute)
{
    const char *fl = "float_absolute_tolerance 1e-6";
    ACCEPT("1.0", "1", fl);
    ACCEPT("3.1415926", "3.1415930", fl);
    ACCEPT("1000000", "1000000.0000009", fl);
    REJECT("1000000", "1000000.00001", fl); /* rel not set: large values get no slack */
    REJECT("0.5", "0.500002", fl);
    cr_assert_str_eq(why, "line 1: expected '0.5', got '0.500002'");
    ACCEPT("-2.5", "-2.5000005", fl);
    REJECT("-2.5", "2.5", fl);
}

Test(checker, float_relative)
{
    const char *fl = "float_relative_tolerance 1e-6";
    ACCEPT("1000000", "1000000.9", fl);
    REJECT("1000000", "1000001.1", fl);
    ACCEPT("1e-12", "1.0000005e-12", fl);
    REJECT("1e-12", "2e-12", fl); /* abs not set: small values get no slack */
    REJECT("0", "1e-300", fl);    /* rel * |0| = 0 */
    ACCEPT("0", "0.0", fl);
    ACCEPT("0", "-0", fl);
}

Test(checker, float_both)
{
    const char *fl = "float_tolerance 1e-6";
    ACCEPT("1000000", "1000000.9", fl);  /* by rel */
    ACCEPT("1e-12", "2e-12", fl);        /* by abs */
    ACCEPT("0", "0.0000009", fl);        /* by abs */
    REJECT("1000000", "1000002", fl);
    REJECT("0.1", "0.1001", fl);
    fl = "float_absolute_tolerance 1e-9 float_relative_tolerance 1e-3";
    ACCEPT("100", "100.09", fl);
    REJECT("100", "100.2", fl);
    ACCEPT("0", "1e-10", fl);
    REJECT("0", "1e-8", fl);
}

Test(checker, float_tokens_mixed_with_text)
{
    const char *fl = "float_tolerance 1e-4";
    ACCEPT("Case #1: 0.3333\nYES\n", "case #1: 0.33333333\nyes\n", fl);
    REJECT("Case #1: 0.3333\n", "Case #2: 0.3333\n", fl);
    cr_assert_str_eq(why, "line 1: expected '#1:', got '#2:'");
    REJECT("abc", "abd", fl);
    ACCEPT("abc", "ABC", fl);
    REJECT("abc", "ABC", "float_tolerance 1e-4 case_sensitive");
}

Test(checker, float_nan_inf_tokens)
{
    const char *fl = "float_tolerance 1e-6";
    /* non-finite expected: string compare */
    ACCEPT("nan", "nan", fl);
    ACCEPT("NaN", "nan", fl);
    REJECT("nan", "NaN", "float_tolerance 1e-6 case_sensitive");
    ACCEPT("inf", "INF", fl);
    REJECT("inf", "infinity", fl);
    REJECT("inf", "1e308", fl);
    REJECT("1e999", "inf", fl); /* overflows to inf: string compare */
    ACCEPT("1e999", "1E999", fl);
    /* finite expected, non-finite actual */
    REJECT("1.0", "nan", fl);
    REJECT("1.0", "inf", fl);
    REJECT("1.0", "-inf", fl);
    REJECT("1e308", "inf", "float_relative_tolerance 1e300");
    REJECT("1e308", "-1e308", "float_absolute_tolerance 1e300"); /* difference overflows */
}

Test(checker, float_non_number_actual)
{
    const char *fl = "float_tolerance 1e-6";
    REJECT("1.0", "abc", fl);
    cr_assert_str_eq(why, "line 1: expected '1.0', got 'abc'");
    REJECT("1.0", "1.0x", fl);
    REJECT("1.0", "1.0.0", fl);
    REJECT("1", "", fl);
    cr_assert_str_eq(why, "output ended early: expected '1'");
    REJECT("2", "0x", fl);
    ACCEPT("16", "0x10", fl); /* strtod accepts hex floats, as the Kattis validator does */
    ACCEPT("1.5", "+1.5", fl);
}

Test(checker, long_token_is_never_a_number)
{
    const char *fl = "float_tolerance 1e-6";
    char big[700];
    /* "1." followed by 600 zeros: equal to 1, but too long to be a number */
    memset(big, '0', sizeof big);
    big[0] = '1';
    big[1] = '.';
    big[602] = '\0';
    REJECT("1", big, fl);
    REJECT(big, "1", fl);
    ACCEPT(big, big, fl);
    /* 512 bytes is still a number */
    big[512] = '\0';
    ACCEPT("1", big, fl);
    ACCEPT(big, "1.0000001", fl);
    big[512] = '0';
    big[513] = '\0';
    REJECT("1", big, fl);
}

/* ---- empty, extra, missing ---------------------------------------------- */

Test(checker, empty_outputs)
{
    ACCEPT("", "", NULL);
    ACCEPT("\n", "", NULL);
    ACCEPT("", " \n\t\r\n", NULL);
    cr_assert(lc_check_output(NULL, 0, NULL, 0, NULL, why, sizeof why));
    REJECT("1", "", NULL);
    cr_assert_str_eq(why, "output ended early: expected '1'");
    REJECT("", "1", NULL);
    cr_assert_str_eq(why, "extra output: '1'");
}

Test(checker, extra_tokens)
{
    REJECT("1 2 3\n", "1 2 3 9\n", NULL);
    cr_assert_str_eq(why, "extra output: '9'");
    REJECT("1 2 3\n", "1 2 3\n\n\n9\n", "float_tolerance 1e-6");
    cr_assert_str_eq(why, "extra output: '9'");
    REJECT("1\n", "1\nfoo", "space_change_sensitive");
    cr_assert_str_eq(why, "extra output: 'foo'");
}

Test(checker, missing_tokens)
{
    REJECT("1 2 3 7\n", "1 2 3\n", NULL);
    cr_assert_str_eq(why, "output ended early: expected '7'");
    REJECT("1\n7\n", "1\n", "space_change_sensitive");
    cr_assert_str_eq(why, "output ended early: expected '7'");
}

/* ---- bytes and sizes ---------------------------------------------------- */

Test(checker, embedded_nul)
{
    cr_assert_not(check_n("42", 2, "4\0" "2", 3, NULL));
    cr_assert_str_eq(why, "line 1: expected '42', got '4\\02'");
    cr_assert_not(check_n("42", 2, "42\0", 3, NULL));
    cr_assert_not(check_n("42", 2, "\0" "42", 3, NULL));
    cr_assert(check_n("a\0b c", 5, "a\0b\nc", 5, NULL), "%s", why);
    cr_assert_not(check_n("a\0b", 3, "a\0c", 3, NULL));
    /* a NUL inside a would-be number makes it a non-number */
    lc_check_flags f = flags("float_tolerance 1e-6");
    cr_assert_not(check_n("1.5", 3, "1.5\0" "7", 5, &f));
    cr_assert(check_n("1.5", 3, "1.5000001", 9, &f), "%s", why);
    /* only NULs: a token, not whitespace */
    cr_assert_not(check_n("", 0, "\0\0", 2, NULL));
    cr_assert_str_eq(why, "extra output: '\\0\\0'");
}

Test(checker, length_is_respected)
{
    /* bytes past the given lengths are never looked at */
    cr_assert(lc_check_output("42 garbage", 2, "42 other", 2, NULL, why, sizeof why));
    cr_assert_not(lc_check_output("42", 2, "4", 1, NULL, why, sizeof why));
}

Test(checker, why_is_truncated_and_escaped)
{
    char small[8];
    memset(small, 'X', sizeof small);
    cr_assert_not(lc_check_output("1\n2\n42", 6, "1\n2\n41", 6, NULL, small, sizeof small));
    cr_assert_str_eq(small, "line 3:");
    char one[1] = {'X'};
    cr_assert_not(lc_check_output("a", 1, "b", 1, NULL, one, 1));
    cr_assert_eq(one[0], '\0');
    cr_assert_not(lc_check_output("a", 1, "b", 1, NULL, NULL, 0));
    /* quotes, backslashes and control bytes are escaped */
    REJECT("x", "it's\\\x01", NULL);
    cr_assert_str_eq(why, "line 1: expected 'x', got 'it\\'s\\\\\\x01'");
}

Test(checker, huge_token_shortened_in_why)
{
    size_t n = 5u << 20;
    char *a = malloc(n);
    char *e = malloc(n);
    cr_assert(a && e);
    memset(a, 'a', n);
    memset(e, 'a', n);
    cr_assert(lc_check_output(e, n, a, n, NULL, why, sizeof why), "%s", why);
    e[n - 1] = 'b';
    cr_assert_not(lc_check_output(e, n, a, n, NULL, why, sizeof why));
    cr_assert(strlen(why) < 120, "%s", why);
    cr_assert(strstr(why, "...'"), "%s", why);
    free(a);
    free(e);
}

/* 20 MB of "i\n" lines; fills buf (exactly n bytes) and returns the line count. */
static size_t fill_lines(char *buf, size_t n)
{
    size_t i = 0, lines = 0;
    char tmp[32];
    while (i < n) {
        int k = snprintf(tmp, sizeof tmp, "%zu.5\n", lines);
        if (i + (size_t)k > n)
            break;
        memcpy(buf + i, tmp, (size_t)k);
        i += (size_t)k;
        lines++;
    }
    memset(buf + i, '\n', n - i);
    return lines;
}

Test(checker, twenty_megabytes, .timeout = 60)
{
    size_t n = 20u << 20;
    char *e = malloc(n);
    char *a = malloc(n);
    cr_assert(e && a);
    size_t lines = fill_lines(e, n);
    memcpy(a, e, n);

    clock_t t0 = clock();
    cr_assert(lc_check_output(e, n, a, n, NULL, why, sizeof why), "%s", why);
    lc_check_flags f = flags("float_tolerance 1e-6");
    cr_assert(lc_check_output(e, n, a, n, &f, why, sizeof why), "%s", why);
    f = flags("space_change_sensitive");
    cr_assert(lc_check_output(e, n, a, n, &f, why, sizeof why), "%s", why);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    cr_assert(secs < 20, "took %.1f s", secs);

    /* change the last number: reported on the last line */
    size_t last = n;
    while (a[last - 1] == '\n')
        last--;
    a[last - 3] = (char)(a[last - 3] == '9' ? '8' : '9');
    cr_assert_not(lc_check_output(e, n, a, n, NULL, why, sizeof why));
    char want[32];
    snprintf(want, sizeof want, "line %zu: ", lines);
    cr_assert(strncmp(why, want, strlen(want)) == 0, "%s (want %s)", why, want);

    /* one extra byte at the end */
    char *a2 = malloc(n + 1);
    cr_assert(a2);
    memcpy(a2, e, n);
    a2[n] = '7';
    cr_assert_not(lc_check_output(e, n, a2, n + 1, NULL, why, sizeof why));
    cr_assert_str_eq(why, "extra output: '7'");
    free(a2);
    free(e);
    free(a);
}
