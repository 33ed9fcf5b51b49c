/* Backend URLs ("sqlite:PATH", "memory:", "redis://host:port", ...). */
#ifndef LC_URL_H
#define LC_URL_H

#include <stdbool.h>
#include <stddef.h>

/* The length of url's scheme ("sqlite" in "sqlite:x.db"): [A-Za-z][A-Za-z0-9+.-]*
 * followed by ':', else 0. */
size_t lc_url_scheme(const char *url);
/* Whether url's scheme (of length n, from lc_url_scheme) is scheme, ignoring case. */
bool lc_url_is(const char *url, size_t n, const char *scheme);

#endif
