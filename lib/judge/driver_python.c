/* The python driver generator: see driver.h and the protocol in signature.h. */
#include "driver.h"

lc_code lc_starter_python(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    (void)sig;
    (void)out;
    return lc_err_set(e, LC_ERR_INTERNAL, "python starter code: not written yet");
}

lc_code lc_driver_python(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                     lc_driver_info *info, lc_err *e)
{
    (void)sig;
    (void)user;
    (void)len;
    (void)out;
    (void)info;
    return lc_err_set(e, LC_ERR_INTERNAL, "python driver: not written yet");
}
