#include "err.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

lc_code lc_err_set(lc_err *e, lc_code code, const char *fmt, ...)
{
    if (e) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(e->msg, sizeof e->msg, fmt, ap);
        va_end(ap);
        e->code = code;
    }
    return code;
}

lc_code lc_err_sys(lc_err *e, lc_code code, const char *fmt, ...)
{
    int saved = errno;
    if (e) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(e->msg, sizeof e->msg, fmt, ap);
        va_end(ap);
        if (n >= 0 && (size_t)n < sizeof e->msg)
            snprintf(e->msg + n, sizeof e->msg - (size_t)n, ": %s", strerror(saved));
        e->code = code;
    }
    errno = saved;
    return code;
}

const char *lc_code_name(lc_code code)
{
    switch (code) {
    case LC_OK: return "ok";
    case LC_ERR_NOMEM: return "out of memory";
    case LC_ERR_IO: return "i/o error";
    case LC_ERR_INVALID: return "invalid input";
    case LC_ERR_LIMIT: return "limit exceeded";
    case LC_ERR_NOTFOUND: return "not found";
    case LC_ERR_SANDBOX: return "sandbox failure";
    case LC_ERR_INTERNAL: return "internal error";
    case LC_ERR_CONFLICT: return "conflict";
    case LC_ERR_BUSY: return "busy";
    }
    return "unknown";
}
