/* The java driver generator: see driver.h and the protocol in signature.h. */
#include "driver.h"

lc_code lc_starter_java(const lc_signature *sig, lc_buf *out, lc_err *e)
{
    (void)sig;
    (void)out;
    return lc_err_set(e, LC_ERR_INTERNAL, "java starter code: not written yet");
}

lc_code lc_driver_java(const lc_signature *sig, const char *user, size_t len, lc_buf *out,
                     lc_driver_info *info, lc_err *e)
{
    (void)sig;
    (void)user;
    (void)len;
    (void)out;
    (void)info;
    return lc_err_set(e, LC_ERR_INTERNAL, "java driver: not written yet");
}
