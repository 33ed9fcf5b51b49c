/* The default output checker: the Kattis default output validator.
 *
 * Output and answer are compared token by token (tokens are separated by
 * ASCII whitespace: space, \t, \n, \v, \f, \r). The behaviour is tuned by the
 * problem's `validator_flags`:
 *   case_sensitive            tokens compare byte-exact (default: ASCII
 *                             case-insensitive)
 *   space_change_sensitive    whitespace must match exactly, except that a
 *                             single '\n' more or less at the very end is
 *                             accepted (default: any run of whitespace equals
 *                             any other; leading/trailing whitespace ignored)
 *   float_tolerance E         both of the following
 *   float_absolute_tolerance E
 *   float_relative_tolerance E
 * With a tolerance set, an expected token that is a finite floating-point
 * number (strtod consumes it entirely; at most 512 bytes) requires the output
 * token to be a number too, accepted if |a-e| <= abs (when set) or
 * |a-e| <= rel*|e| (when set). Every other token compares as a string.
 *
 * Both buffers are (pointer, length): NUL bytes are ordinary non-space
 * characters and nothing is read past the given length. Linear time, no
 * allocation, no copy of the output. */
#ifndef LC_JUDGE_CHECKER_H
#define LC_JUDGE_CHECKER_H

#include "../util/err.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct lc_check_flags {
    bool case_sensitive;         /* default false (Kattis: comparisons are case-insensitive unless case_sensitive) */
    bool space_change_sensitive; /* default false: any run of whitespace equals any other */
    bool float_abs_set, float_rel_set;
    double float_abs;            /* float_absolute_tolerance */
    double float_rel;            /* float_relative_tolerance */
} lc_check_flags;

/* Parses Kattis validator_flags, a space-separated string such as
   "float_tolerance 1e-6 case_sensitive space_change_sensitive" or
   "float_absolute_tolerance 1e-9 float_relative_tolerance 1e-6". float_tolerance E sets both abs and rel.
   Unknown flag or a missing/invalid number -> LC_ERR_INVALID with a message naming the flag. NULL/"" -> defaults.
   A tolerance must be a finite number >= 0. Later flags override earlier ones. On error *out holds the
   defaults. */
lc_code lc_check_flags_parse(const char *flags, lc_check_flags *out, lc_err *e);

/* Compares a program's output with the expected answer. Returns true when accepted. On rejection
   writes a short human reason into why (e.g. "line 3: expected '42', got '41'" or
   "output ended early: expected '7'" or "extra output: '9'"), NUL-terminated, truncated to whysz.
   Tokens in the reason are shortened and escaped (control bytes, NUL as \0). On acceptance why is "".
   why may be NULL (whysz 0); f NULL means the defaults. */
bool lc_check_output(const char *expected, size_t elen, const char *actual, size_t alen,
                     const lc_check_flags *f, char *why, size_t whysz);

#endif
