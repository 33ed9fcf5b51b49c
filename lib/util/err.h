/* One error type for the whole library (curl's CURLcode idiom: 0 = OK).
 * Functions return an lc_code and, when given an lc_err, fill a message.
 * User faults (a bad package, a bad request) and internal failures use
 * distinct codes so callers never confuse them. */
#ifndef LC_ERR_H
#define LC_ERR_H

#include <stddef.h>

typedef enum {
    LC_OK = 0,
    LC_ERR_NOMEM,    /* allocation failed */
    LC_ERR_IO,       /* a system call failed */
    LC_ERR_INVALID,  /* bad input from outside (package, request, message) */
    LC_ERR_LIMIT,    /* a size cap was exceeded */
    LC_ERR_NOTFOUND, /* a named thing does not exist */
    LC_ERR_SANDBOX,  /* the sandbox itself failed: never the program's fault */
    LC_ERR_INTERNAL, /* a bug or an unexpected state */
    LC_ERR_CONFLICT, /* the thing exists already (a duplicate key) */
    LC_ERR_BUSY,     /* a bounded resource is full: try again later */
} lc_code;

typedef struct lc_err {
    lc_code code;
    char msg[512];
} lc_err;

/* Sets e (when non-NULL) and returns code. */
lc_code lc_err_set(lc_err *e, lc_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Like lc_err_set, appends ": strerror(errno)". */
lc_code lc_err_sys(lc_err *e, lc_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
const char *lc_code_name(lc_code code);

#endif
