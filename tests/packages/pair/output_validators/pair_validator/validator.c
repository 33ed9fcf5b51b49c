/* Output validator of the `pair` problem (Kattis convention).
 *
 *   validator INPUT_FILE ANSWER_FILE FEEDBACK_DIR < team_output
 *
 * Exit 42: the team printed exactly two tokens i j, both decimal integers in [1, N], i != j, with
 * a_i + a_j = T. Exit 43 otherwise (a reason goes to FEEDBACK_DIR/judgemessage.txt). Exit 1 when the
 * validator itself cannot work (bad arguments, unreadable or malformed input file): a judge error.
 *
 * The team output is never trusted: it is read byte by byte; an index is a canonical decimal integer
 * (ASCII digits only: no sign, no leading zero, at most 18 characters) and anything after the second
 * token other than whitespace is rejected. The answer
 * file holds one valid pair but is not needed: any valid pair is accepted.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AC 42
#define WA 43
#define MAX_TOKEN 18

static const char *feedback_dir;

static void message(const char *fmt, ...) {
    char path[4096];
    if (!feedback_dir || snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir) >= (int)sizeof path)
        return;
    FILE *f = fopen(path, "a");
    if (!f) return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    fclose(f);
}

static int judge_error(const char *what) {
    fprintf(stderr, "pair validator: %s\n", what);
    return 1;
}

static int is_space(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Drain the rest of stdin so that a judge writing to a pipe never sees EPIPE; the verdict is known. */
static int finish(int verdict) {
    char buf[1 << 16];
    while (fread(buf, 1, sizeof buf, stdin) > 0) {
    }
    return verdict;
}

/* Reads the next whitespace-separated token of stdin into tok (NUL-terminated).
   Returns its length, 0 at end of input, -1 when it is longer than MAX_TOKEN. */
static int next_token(char tok[MAX_TOKEN + 1]) {
    int c;
    do c = getchar(); while (c != EOF && is_space(c));
    if (c == EOF) return 0;
    int len = 0;
    while (c != EOF && !is_space(c)) {
        if (len == MAX_TOKEN) return -1;
        tok[len++] = (char)c;
        c = getchar();
    }
    tok[len] = '\0';
    return len;
}

/* A token of len bytes (NUL bytes included) as an index: ASCII digits only, no leading zero, value in
   [1, n]. 0 when invalid. */
static long parse_index(const char *tok, int len, long n) {
    if (len < 1 || tok[0] < '1' || tok[0] > '9') return 0;
    long long v = 0;
    for (int i = 0; i < len; i++) {
        if (tok[i] < '0' || tok[i] > '9') return 0;
        v = v * 10 + (tok[i] - '0');   /* at most 18 digits: no overflow */
    }
    return v >= 1 && v <= n ? (long)v : 0;
}

/* The token with control and non-ASCII bytes (NUL too) escaped as \xHH. */
static char *printable(const char *tok, int len, char out[4 * MAX_TOKEN + 1]) {
    char *o = out;
    for (int i = 0; i < len; i++) {
        unsigned char c = (unsigned char)tok[i];
        if (c >= 0x20 && c < 0x7f) *o++ = (char)c;
        else o += sprintf(o, "\\x%02x", c);
    }
    *o = '\0';
    return out;
}

int main(int argc, char **argv) {
    if (argc < 4) return judge_error("usage: validator input answer feedback_dir < output");
    feedback_dir = argv[3];

    FILE *in = fopen(argv[1], "r");
    if (!in) return judge_error("cannot open the input file");
    long n;
    long long t;
    if (fscanf(in, "%ld %lld", &n, &t) != 2 || n < 2 || n > 10000000) {
        fclose(in);
        return judge_error("malformed input file (N T)");
    }
    long long *a = malloc((size_t)n * sizeof *a);
    if (!a) {
        fclose(in);
        return judge_error("out of memory");
    }
    for (long i = 0; i < n; i++) {
        if (fscanf(in, "%lld", &a[i]) != 1) {
            free(a);
            fclose(in);
            return judge_error("malformed input file (values)");
        }
    }
    fclose(in);

    char tok[2][MAX_TOKEN + 1], extra[MAX_TOKEN + 1], shown[4 * MAX_TOKEN + 1];
    long idx[2];
    int verdict = AC;
    for (int k = 0; k < 2 && verdict == AC; k++) {
        int len = next_token(tok[k]);
        if (len == 0) {
            message("output ended early: expected two indices, got %d", k);
            verdict = WA;
        } else if (len < 0) {
            message("index %d: token too long", k + 1);
            verdict = WA;
        } else if ((idx[k] = parse_index(tok[k], len, n)) == 0) {
            message("index %d: '%s' is not an integer in [1, %ld]", k + 1, printable(tok[k], len, shown), n);
            verdict = WA;
        }
    }
    if (verdict == AC) {
        int len = next_token(extra);
        if (len != 0) {
            message("extra output after the two indices: '%s'", len > 0 ? printable(extra, len, shown) : "(long token)");
            verdict = WA;
        } else if (idx[0] == idx[1]) {
            message("the indices must be distinct, got %ld twice", idx[0]);
            verdict = WA;
        } else if (a[idx[0] - 1] + a[idx[1] - 1] != t) {
            message("a[%ld] + a[%ld] = %lld + %lld = %lld, expected %lld", idx[0], idx[1], a[idx[0] - 1],
                    a[idx[1] - 1], a[idx[0] - 1] + a[idx[1] - 1], t);
            verdict = WA;
        }
    }
    free(a);
    return finish(verdict);
}
