#include "url.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

size_t lc_url_scheme(const char *url)
{
    if (!url || !isalpha((unsigned char)url[0]))
        return 0;
    size_t i = 1;
    for (; url[i] && url[i] != ':'; i++)
        if (!isalnum((unsigned char)url[i]) && url[i] != '+' && url[i] != '.' && url[i] != '-')
            return 0;
    return url[i] == ':' ? i : 0;
}

bool lc_url_is(const char *url, size_t n, const char *scheme)
{
    return n && strlen(scheme) == n && strncasecmp(url, scheme, n) == 0;
}
