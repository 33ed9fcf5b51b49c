#include "checker.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A token longer than this is never a number (it is parsed from a bounded copy). */
#define NUM_MAX 512
/* Bytes of a token shown in a rejection reason. */
#define SHOW_MAX 40

typedef struct span {
    const char *p;
    size_t len;
} span;

static bool is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static unsigned char ascii_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* ---- flags -------------------------------------------------------------- */

static bool word_is(span w, const char *s)
{
    size_t n = strlen(s);
    return w.len == n && memcmp(w.p, s, n) == 0;
}

static int show_len(size_t len)
{
    return (int)(len > 100 ? 100 : len);
}

/* Next whitespace-separated word of a NUL-terminated string; false at the end. */
static bool next_word(const char **pp, span *w)
{
    const char *p = *pp;
    while (*p && is_ws((unsigned char)*p))
        p++;
    if (!*p)
        return false;
    const char *q = p;
    while (*q && !is_ws((unsigned char)*q))
        q++;
    w->p = p;
    w->len = (size_t)(q - p);
    *pp = q;
    return true;
}

static bool parse_tolerance(span w, double *out)
{
    char buf[64];
    if (w.len == 0 || w.len >= sizeof buf)
        return false;
    memcpy(buf, w.p, w.len);
    buf[w.len] = '\0';
    char *end;
    double v = strtod(buf, &end);
    if (end != buf + w.len || !isfinite(v) || !(v >= 0))
        return false;
    *out = v;
    return true;
}

lc_code lc_check_flags_parse(const char *flags, lc_check_flags *out, lc_err *e)
{
    lc_check_flags f = {0};
    if (out)
        *out = f;
    if (!flags)
        return LC_OK;
    const char *p = flags;
    span w;
    while (next_word(&p, &w)) {
        if (word_is(w, "case_sensitive")) {
            f.case_sensitive = true;
            continue;
        }
        if (word_is(w, "space_change_sensitive")) {
            f.space_change_sensitive = true;
            continue;
        }
        bool both = word_is(w, "float_tolerance");
        bool abs_ = word_is(w, "float_absolute_tolerance");
        bool rel = word_is(w, "float_relative_tolerance");
        if (!both && !abs_ && !rel)
            return lc_err_set(e, LC_ERR_INVALID, "unknown validator flag '%.*s'", show_len(w.len),
                              w.p);
        span num;
        if (!next_word(&p, &num))
            return lc_err_set(e, LC_ERR_INVALID, "validator flag '%.*s' needs a number",
                              show_len(w.len), w.p);
        double v;
        if (!parse_tolerance(num, &v))
            return lc_err_set(e, LC_ERR_INVALID,
                              "validator flag '%.*s': '%.*s' is not a non-negative number",
                              show_len(w.len), w.p, show_len(num.len), num.p);
        if (both || abs_) {
            f.float_abs_set = true;
            f.float_abs = v;
        }
        if (both || rel) {
            f.float_rel_set = true;
            f.float_rel = v;
        }
    }
    if (out)
        *out = f;
    return LC_OK;
}

/* ---- the reason --------------------------------------------------------- */

typedef struct why_buf {
    char *p;
    size_t sz;
    size_t len;
} why_buf;

static void why_put(why_buf *w, const char *s, size_t n)
{
    if (!w->p || w->sz == 0)
        return;
    size_t room = w->sz - 1 - w->len;
    if (n > room)
        n = room;
    memcpy(w->p + w->len, s, n);
    w->len += n;
    w->p[w->len] = '\0';
}

static void why_str(why_buf *w, const char *s)
{
    why_put(w, s, strlen(s));
}

static void why_line(why_buf *w, size_t line)
{
    char tmp[48];
    int n = snprintf(tmp, sizeof tmp, "line %zu: ", line);
    if (n > 0)
        why_put(w, tmp, (size_t)n);
}

/* Appends 'text' quoted, escaped and shortened to SHOW_MAX bytes. */
static void why_quote(why_buf *w, span t)
{
    static const char hex[] = "0123456789abcdef";
    why_str(w, "'");
    size_t n = t.len > SHOW_MAX ? SHOW_MAX : t.len;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t.p[i];
        char esc[4];
        size_t k = 0;
        switch (c) {
        case '\0': esc[k++] = '\\'; esc[k++] = '0'; break;
        case '\n': esc[k++] = '\\'; esc[k++] = 'n'; break;
        case '\r': esc[k++] = '\\'; esc[k++] = 'r'; break;
        case '\t': esc[k++] = '\\'; esc[k++] = 't'; break;
        case '\\': esc[k++] = '\\'; esc[k++] = '\\'; break;
        case '\'': esc[k++] = '\\'; esc[k++] = '\''; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                esc[k++] = '\\';
                esc[k++] = 'x';
                esc[k++] = hex[c >> 4];
                esc[k++] = hex[c & 15];
            } else {
                esc[k++] = (char)c;
            }
        }
        why_put(w, esc, k);
    }
    if (t.len > n)
        why_str(w, "...");
    why_str(w, "'");
}

/* ---- tokens ------------------------------------------------------------- */

/* Parses a whole token as a double; false when it is not entirely a number. */
static bool parse_num(span t, double *out)
{
    char buf[NUM_MAX + 1];
    if (t.len == 0 || t.len > NUM_MAX)
        return false;
    memcpy(buf, t.p, t.len);
    buf[t.len] = '\0';
    char *end;
    double v = strtod(buf, &end);
    if (end != buf + t.len) /* also catches an embedded NUL */
        return false;
    *out = v;
    return true;
}

static bool bytes_eq(span a, span b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, a.len) == 0);
}

static bool text_eq(span a, span b, bool case_sensitive)
{
    if (case_sensitive)
        return bytes_eq(a, b);
    if (a.len != b.len)
        return false;
    for (size_t i = 0; i < a.len; i++)
        if (ascii_lower((unsigned char)a.p[i]) != ascii_lower((unsigned char)b.p[i]))
            return false;
    return true;
}

static bool token_eq(span exp, span act, const lc_check_flags *f)
{
    if (f->float_abs_set || f->float_rel_set) {
        double e;
        if (parse_num(exp, &e) && isfinite(e)) {
            double a;
            /* the expected value is finite: an infinite or NaN answer never is */
            if (!parse_num(act, &a) || !isfinite(a))
                return false;
            double d = fabs(a - e); /* may overflow to inf: then no comparison holds */
            if (f->float_abs_set && d <= f->float_abs)
                return true;
            if (f->float_rel_set && d <= f->float_rel * fabs(e))
                return true;
            return false;
        }
    }
    return text_eq(exp, act, f->case_sensitive);
}

/* A cursor over one buffer; line counts the '\n' passed (1-based). */
typedef struct cur {
    const char *p;
    size_t n;
    size_t i;
    size_t line;
} cur;

/* Skips a whitespace run; returns it. */
static span skip_ws(cur *c)
{
    size_t s = c->i;
    while (c->i < c->n && is_ws((unsigned char)c->p[c->i])) {
        if (c->p[c->i] == '\n')
            c->line++;
        c->i++;
    }
    return (span){c->p + s, c->i - s};
}

/* Takes the token at the cursor (the cursor is not on whitespace). */
static span take_token(cur *c)
{
    size_t s = c->i;
    while (c->i < c->n && !is_ws((unsigned char)c->p[c->i]))
        c->i++;
    return (span){c->p + s, c->i - s};
}

static span peek_token(const cur *c)
{
    cur tmp = *c;
    return take_token(&tmp);
}

/* The line of the first byte where two whitespace runs differ, from the line
   where they start. */
static size_t diff_line(span x, span y, size_t line)
{
    for (size_t i = 0; i < x.len && i < y.len && x.p[i] == y.p[i]; i++)
        if (x.p[i] == '\n')
            line++;
    return line;
}

/* x is y followed by one '\n'. */
static bool one_more_newline(span x, span y)
{
    return x.len == y.len + 1 && x.p[y.len] == '\n' && (y.len == 0 || memcmp(x.p, y.p, y.len) == 0);
}

bool lc_check_output(const char *expected, size_t elen, const char *actual, size_t alen,
                     const lc_check_flags *f, char *why, size_t whysz)
{
    static const lc_check_flags defaults = {0};
    if (!f)
        f = &defaults;
    why_buf w = {why, whysz, 0};
    if (why && whysz)
        why[0] = '\0';
    if (!expected)
        elen = 0;
    if (!actual)
        alen = 0;
    cur ec = {expected, elen, 0, 1};
    cur ac = {actual, alen, 0, 1};

    for (;;) {
        size_t ws_line = ac.line;
        span ews = skip_ws(&ec);
        span aws = skip_ws(&ac);
        bool eend = ec.i == ec.n, aend = ac.i == ac.n;

        if (eend && aend) {
            if (!f->space_change_sensitive || bytes_eq(ews, aws) || one_more_newline(ews, aws) ||
                one_more_newline(aws, ews))
                return true;
            why_line(&w, diff_line(ews, aws, ws_line));
            why_str(&w, "wrong whitespace at the end of the output: expected ");
            why_quote(&w, ews);
            why_str(&w, ", got ");
            why_quote(&w, aws);
            return false;
        }
        if (aend) {
            why_str(&w, "output ended early: expected ");
            why_quote(&w, peek_token(&ec));
            return false;
        }
        if (eend) {
            why_str(&w, "extra output: ");
            why_quote(&w, peek_token(&ac));
            return false;
        }
        if (f->space_change_sensitive && !bytes_eq(ews, aws)) {
            why_line(&w, diff_line(ews, aws, ws_line));
            why_str(&w, "wrong whitespace before ");
            why_quote(&w, peek_token(&ac));
            why_str(&w, ": expected ");
            why_quote(&w, ews);
            why_str(&w, ", got ");
            why_quote(&w, aws);
            return false;
        }
        span et = take_token(&ec);
        span at = take_token(&ac);
        if (!token_eq(et, at, f)) {
            why_line(&w, ac.line);
            why_str(&w, "expected ");
            why_quote(&w, et);
            why_str(&w, ", got ");
            why_quote(&w, at);
            return false;
        }
    }
}
