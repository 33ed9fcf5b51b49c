/* LiteCode C driver runtime. lib/judge/driver_c.c emits this text verbatim
 * between the user's code and the generated main (see signature.h for the
 * protocol). It reads all of stdin, parses the tests' JSON values into
 * LeetCode's C objects (every object malloc'ed on its own, so user code may
 * free or realloc it), serializes answers and writes one frame per call to
 * fd 3.
 *
 * Everything here is static and named lc__*, so it cannot collide with user
 * code. The runtime uses only what the prelude's headers declare, plus
 * clock_gettime, declared under a private name bound to the libc symbol: no
 * <time.h> or <unistd.h> after user code, so a solution with a global
 * `int time;` (Tarjan) or `int link[N], read, write;` still compiles and
 * runs. Frames go through an unbuffered stdio stream on fd 3 (fdopen), so
 * each frame is one fwrite, i.e. write(2) calls straight to the fd. Needs
 * from the prelude: _DEFAULT_SOURCE, stdio.h stdlib.h string.h stdbool.h
 * limits.h math.h, and struct ListNode / struct TreeNode when lc__HAS_LIST /
 * lc__HAS_TREE are defined. */

#define lc__FN static __attribute__((unused))

struct lc__timespec {
    long lc__sec;
    long lc__nsec;
};
/* struct timespec is {time_t, long} with a 64-bit time_t on the judge's
 * 64-bit Linux targets. */
_Static_assert(sizeof(long) == 8, "lc__timespec assumes LP64");
extern int lc__sys_clock_gettime(int, struct lc__timespec *) __asm__("clock_gettime");
#define lc__CPU_CLOCK 2 /* CLOCK_PROCESS_CPUTIME_ID on Linux */
#define lc__NODE_CAP 1000000L
#define lc__HDR 64 /* room kept in front of the answer for the frame header */
#define lc__UNSET INT_MIN /* *returnSize before the call: still there = never set */

static char *lc__in;       /* all of stdin, NUL-terminated */
static size_t lc__inlen, lc__pos;
static char *lc__ob;       /* the frame being built: header room, JSON, '\n' */
static size_t lc__olen, lc__ocap;
static FILE *lc__ch;       /* fd 3, unbuffered */
static struct lc__timespec lc__t0;
static long long lc__cpu_us;

lc__FN void lc__oom(void)
{
    fputs("litecode driver: out of memory\n", stderr);
    abort();
}

lc__FN void *lc__alloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        lc__oom();
    return p;
}

/* Grows an array of elem-sized items to hold at least one more than *cap. */
lc__FN void *lc__grow(void *p, int *cap, size_t elem)
{
    if (*cap > INT_MAX / 2)
        lc__oom();
    int nc = *cap ? *cap * 2 : 8;
    void *q = realloc(p, (size_t)nc * elem);
    if (!q)
        lc__oom();
    *cap = nc;
    return q;
}

/* ---- reading ------------------------------------------------------------- */

lc__FN void lc__bad(const char *what)
{
    fprintf(stderr, "litecode driver: cannot parse the input: %s at byte %lu\n", what,
            (unsigned long)lc__pos);
    exit(3);
}

lc__FN int lc__peek(void)
{
    while (lc__pos < lc__inlen && (lc__in[lc__pos] == ' ' || lc__in[lc__pos] == '\t' ||
                                   lc__in[lc__pos] == '\n' || lc__in[lc__pos] == '\r'))
        lc__pos++;
    return lc__pos < lc__inlen ? (unsigned char)lc__in[lc__pos] : -1;
}

lc__FN void lc__expect(int c, const char *what)
{
    if (lc__peek() != c)
        lc__bad(what);
    lc__pos++;
}

lc__FN bool lc__word(const char *w)
{
    size_t n = strlen(w);
    if (lc__peek() < 0 || lc__inlen - lc__pos < n || memcmp(lc__in + lc__pos, w, n) != 0)
        return false;
    lc__pos += n;
    return true;
}

/* Array syntax: after the first element, true while another one follows. */
lc__FN bool lc__more(void)
{
    int c = lc__peek();
    if (c == ',') {
        lc__pos++;
        return true;
    }
    if (c == ']') {
        lc__pos++;
        return false;
    }
    lc__bad("expected ',' or ']'");
    return false;
}

/* '[' then true when the array has at least one element (else ']' is eaten). */
lc__FN bool lc__open(void)
{
    lc__expect('[', "expected '['");
    if (lc__peek() == ']') {
        lc__pos++;
        return false;
    }
    return true;
}

lc__FN double lc__read_double(void)
{
    int c = lc__peek();
    if (c != '-' && (c < '0' || c > '9'))
        lc__bad("expected a number");
    char *end;
    double v = strtod(lc__in + lc__pos, &end);
    if (end == lc__in + lc__pos)
        lc__bad("expected a number");
    lc__pos = (size_t)(end - lc__in);
    return v;
}

lc__FN long long lc__read_long(void)
{
    int c = lc__peek();
    size_t start = lc__pos;
    bool neg = c == '-';
    if (neg)
        lc__pos++;
    if (lc__pos >= lc__inlen || lc__in[lc__pos] < '0' || lc__in[lc__pos] > '9')
        lc__bad("expected an integer");
    unsigned long long v = 0;
    bool over = false;
    while (lc__pos < lc__inlen && lc__in[lc__pos] >= '0' && lc__in[lc__pos] <= '9') {
        unsigned d = (unsigned)(lc__in[lc__pos++] - '0');
        if (v > (ULLONG_MAX - d) / 10)
            over = true;
        else
            v = v * 10 + d;
    }
    if (lc__pos < lc__inlen &&
        (lc__in[lc__pos] == '.' || lc__in[lc__pos] == 'e' || lc__in[lc__pos] == 'E')) {
        lc__pos = start; /* 1.0 or 1e3: an integral value written as a float */
        double d = lc__read_double();
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || d != (long long)d)
            lc__bad("expected an integer");
        return (long long)d;
    }
    if (over || v > (neg ? 9223372036854775808ULL : 9223372036854775807ULL))
        lc__bad("integer out of range");
    if (!neg)
        return (long long)v;
    return v == 9223372036854775808ULL ? LLONG_MIN : -(long long)v;
}

lc__FN int lc__read_int(void)
{
    long long v = lc__read_long();
    if (v < INT_MIN || v > INT_MAX)
        lc__bad("integer out of the 32-bit range");
    return (int)v;
}

lc__FN bool lc__read_bool(void)
{
    if (lc__word("true"))
        return true;
    if (lc__word("false"))
        return false;
    lc__bad("expected true or false");
    return false;
}

lc__FN int lc__hex4(size_t at)
{
    if (lc__inlen - at < 4 || at > lc__inlen)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = lc__in[at + (size_t)i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

/* A JSON string, decoded to UTF-8; *len gets its length in bytes. */
lc__FN char *lc__read_strn(size_t *len)
{
    lc__expect('"', "expected a string");
    size_t end = lc__pos;
    while (end < lc__inlen && lc__in[end] != '"')
        end += lc__in[end] == '\\' ? 2 : 1;
    if (end >= lc__inlen)
        lc__bad("unterminated string");
    /* decoding never makes a string longer: \uXXXX (6) -> at most 3 bytes */
    char *s = lc__alloc(end - lc__pos + 1);
    size_t k = 0;
    while (lc__pos < end) {
        char c = lc__in[lc__pos++];
        if (c != '\\') {
            s[k++] = c;
            continue;
        }
        c = lc__in[lc__pos++];
        switch (c) {
        case 'n': s[k++] = '\n'; break;
        case 't': s[k++] = '\t'; break;
        case 'r': s[k++] = '\r'; break;
        case 'b': s[k++] = '\b'; break;
        case 'f': s[k++] = '\f'; break;
        case 'u': {
            long cp = lc__hex4(lc__pos);
            if (cp < 0)
                lc__bad("bad \\u escape");
            lc__pos += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && lc__pos + 1 < end && lc__in[lc__pos] == '\\' &&
                lc__in[lc__pos + 1] == 'u') {
                long lo = lc__hex4(lc__pos + 2);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    lc__pos += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD; /* a lone surrogate */
            if (cp < 0x80) {
                s[k++] = (char)cp;
            } else if (cp < 0x800) {
                s[k++] = (char)(0xC0 | (cp >> 6));
                s[k++] = (char)(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                s[k++] = (char)(0xE0 | (cp >> 12));
                s[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                s[k++] = (char)(0x80 | (cp & 0x3F));
            } else {
                s[k++] = (char)(0xF0 | (cp >> 18));
                s[k++] = (char)(0x80 | ((cp >> 12) & 0x3F));
                s[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                s[k++] = (char)(0x80 | (cp & 0x3F));
            }
            break;
        }
        default: s[k++] = c; break; /* \" \\ \/ */
        }
    }
    lc__pos = end + 1;
    s[k] = '\0';
    *len = k;
    return s;
}

lc__FN char *lc__read_string(void)
{
    size_t n;
    return lc__read_strn(&n);
}

lc__FN char lc__read_char(void)
{
    size_t n;
    char *s = lc__read_strn(&n);
    if (n == 0)
        lc__bad("expected a one-character string");
    char c = s[0];
    free(s);
    return c;
}

/* T *name(int *size): a JSON array of T, malloc'ed (never NULL). */
#define lc__READ_ARR(name, T, elem)                                                                \
    lc__FN T *name(int *lc__n)                                                                     \
    {                                                                                              \
        T *lc__a = NULL;                                                                           \
        int lc__k = 0, lc__cap = 0;                                                                \
        if (lc__open())                                                                            \
            do {                                                                                   \
                if (lc__k == lc__cap)                                                              \
                    lc__a = lc__grow(lc__a, &lc__cap, sizeof *lc__a);                              \
                lc__a[lc__k++] = elem();                                                           \
            } while (lc__more());                                                                  \
        if (!lc__a)                                                                                \
            lc__a = lc__alloc(sizeof *lc__a);                                                      \
        *lc__n = lc__k;                                                                            \
        return lc__a;                                                                              \
    }
lc__READ_ARR(lc__read_int_arr, int, lc__read_int)
lc__READ_ARR(lc__read_long_arr, long long, lc__read_long)
lc__READ_ARR(lc__read_double_arr, double, lc__read_double)
lc__READ_ARR(lc__read_bool_arr, bool, lc__read_bool)
lc__READ_ARR(lc__read_string_arr, char *, lc__read_string)
#undef lc__READ_ARR

/* character[]: a char array, NUL-terminated for safety (the size is the count). */
lc__FN char *lc__read_char_arr(int *n)
{
    char *a = NULL;
    int k = 0, cap = 0;
    if (lc__open())
        do {
            if (k + 1 >= cap)
                a = lc__grow(a, &cap, 1);
            a[k++] = lc__read_char();
        } while (lc__more());
    if (!a)
        a = lc__alloc(1);
    a[k] = '\0';
    *n = k;
    return a;
}

/* T **name(int *rows, int **colSizes): a JSON array of arrays. */
#define lc__READ_ARR2(name, T, row)                                                                \
    lc__FN T **name(int *lc__n, int **lc__cols)                                                    \
    {                                                                                              \
        T **lc__a = NULL;                                                                          \
        int *lc__c = NULL;                                                                         \
        int lc__k = 0, lc__cap = 0, lc__ccap = 0;                                                  \
        if (lc__open())                                                                            \
            do {                                                                                   \
                if (lc__k == lc__cap) {                                                            \
                    lc__a = lc__grow(lc__a, &lc__cap, sizeof *lc__a);                              \
                    lc__c = lc__grow(lc__c, &lc__ccap, sizeof *lc__c);                             \
                }                                                                                  \
                lc__a[lc__k] = row(&lc__c[lc__k]);                                                 \
                lc__k++;                                                                           \
            } while (lc__more());                                                                  \
        if (!lc__a) {                                                                              \
            lc__a = lc__alloc(sizeof *lc__a);                                                      \
            lc__c = lc__alloc(sizeof *lc__c);                                                      \
        }                                                                                          \
        *lc__n = lc__k;                                                                            \
        *lc__cols = lc__c;                                                                         \
        return lc__a;                                                                              \
    }
lc__READ_ARR2(lc__read_int_arr2, int, lc__read_int_arr)
lc__READ_ARR2(lc__read_string_arr2, char *, lc__read_string_arr)
lc__READ_ARR2(lc__read_char_arr2, char, lc__read_char_arr)
#undef lc__READ_ARR2

#ifdef lc__HAS_LIST
lc__FN struct ListNode *lc__read_list(void)
{
    struct ListNode *head = NULL, **tail = &head;
    if (lc__open())
        do {
            struct ListNode *node = lc__alloc(sizeof *node);
            node->val = lc__read_int();
            node->next = NULL;
            *tail = node;
            tail = &node->next;
        } while (lc__more());
    return head;
}
#endif

#ifdef lc__HAS_TREE
/* LeetCode's level order: values of the nodes, null for a missing child,
 * children listed only for non-null nodes. Built with a queue, no recursion. */
lc__FN struct TreeNode *lc__read_tree(void)
{
    int n = 0, cap = 0;
    struct TreeNode **q = NULL; /* the nodes in level order (NULL for null) */
    if (lc__open())
        do {
            if (n == cap)
                q = lc__grow(q, &cap, sizeof *q);
            if (lc__word("null")) {
                q[n++] = NULL;
            } else {
                struct TreeNode *t = lc__alloc(sizeof *t);
                t->val = lc__read_int();
                t->left = t->right = NULL;
                q[n++] = t;
            }
        } while (lc__more());
    struct TreeNode *root = n ? q[0] : NULL;
    int next = 1;
    for (int i = 0; i < n && next < n; i++) {
        if (!q[i])
            continue;
        q[i]->left = q[next++];
        if (next < n)
            q[i]->right = q[next++];
    }
    /* nodes past the last parent's children are unreachable: free them */
    for (int i = next; i < n; i++)
        free(q[i]);
    free(q);
    return root;
}
#endif

/* ---- writing ------------------------------------------------------------- */

lc__FN void lc__reserve(size_t n)
{
    if (lc__olen + n + 1 <= lc__ocap)
        return;
    size_t cap = lc__ocap ? lc__ocap : 4096;
    while (cap < lc__olen + n + 1)
        cap *= 2;
    char *p = realloc(lc__ob, cap);
    if (!p)
        lc__oom();
    lc__ob = p;
    lc__ocap = cap;
}

lc__FN void lc__put(const char *s, size_t n)
{
    lc__reserve(n);
    memcpy(lc__ob + lc__olen, s, n);
    lc__olen += n;
}

lc__FN void lc__putc(char c)
{
    lc__reserve(1);
    lc__ob[lc__olen++] = c;
}

lc__FN void lc__w_invalid(const char *why)
{
    lc__put("\"<invalid: ", 11);
    lc__put(why, strlen(why));
    lc__put(">\"", 2);
}

lc__FN void lc__w_long(long long v)
{
    char t[32];
    int n = snprintf(t, sizeof t, "%lld", v);
    lc__put(t, (size_t)n);
}

lc__FN void lc__w_int(int v)
{
    lc__w_long(v);
}

lc__FN void lc__w_double(double v)
{
    if (isnan(v) || isinf(v)) {
        lc__w_invalid("nan");
        return;
    }
    char t[64];
    for (int prec = 15; prec <= 17; prec++) { /* the shortest text that reads back as v */
        snprintf(t, sizeof t, "%.*g", prec, v);
        for (char *p = t; *p; p++)
            if (*p == ',')
                *p = '.'; /* in case user code switched to a locale with a decimal comma */
        if (strtod(t, NULL) == v)
            break;
    }
    lc__put(t, strlen(t));
}

lc__FN void lc__w_bool(bool v)
{
    if (v)
        lc__put("true", 4);
    else
        lc__put("false", 5);
}

/* Length of the valid UTF-8 sequence at s (of at most n bytes), 0 if invalid. */
lc__FN size_t lc__utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned long cp, min;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, cp = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, cp = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, cp = c & 0x07, min = 0x10000;
    else
        return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

/* A JSON string; bytes that are not valid UTF-8 become U+FFFD. */
lc__FN void lc__w_strn(const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    lc__reserve(n + 2);
    lc__putc('"');
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            size_t k = lc__utf8_len((const unsigned char *)s + i, n - i);
            if (k) {
                lc__put(s + i, k);
                i += k;
            } else {
                lc__put("\\ufffd", 6);
                i++;
            }
            continue;
        }
        i++;
        switch (c) {
        case '"': lc__put("\\\"", 2); break;
        case '\\': lc__put("\\\\", 2); break;
        case '\n': lc__put("\\n", 2); break;
        case '\r': lc__put("\\r", 2); break;
        case '\t': lc__put("\\t", 2); break;
        case '\b': lc__put("\\b", 2); break;
        case '\f': lc__put("\\f", 2); break;
        default:
            if (c < 0x20) {
                char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                lc__put(u, 6);
            } else {
                lc__putc((char)c);
            }
        }
    }
    lc__putc('"');
}

lc__FN void lc__w_string(char *s)
{
    if (!s)
        lc__w_invalid("null string");
    else
        lc__w_strn(s, strlen(s));
}

lc__FN void lc__w_char(char c)
{
    unsigned char u = (unsigned char)c;
    if (u >= 0x80) { /* not ASCII: write the byte as the Latin-1 character */
        static const char hex[] = "0123456789abcdef";
        char t[8] = {'"', '\\', 'u', '0', '0', hex[u >> 4], hex[u & 15], '"'};
        lc__put(t, 8);
        return;
    }
    lc__w_strn(&c, 1);
}

/* false (after writing why) when (a, n) is not a valid C array. */
lc__FN bool lc__arr_ok(const void *a, int n)
{
    if (n == lc__UNSET) {
        lc__w_invalid("returnSize not set");
        return false;
    }
    if (n < 0) {
        lc__w_invalid("negative array size");
        return false;
    }
    if (!a && n > 0) {
        lc__w_invalid("null array");
        return false;
    }
    return true;
}

#define lc__WRITE_ARR(name, T, elem)                                                               \
    lc__FN void name(T *lc__a, int lc__n)                                                          \
    {                                                                                              \
        if (!lc__arr_ok(lc__a, lc__n))                                                             \
            return;                                                                                \
        lc__putc('[');                                                                             \
        for (int lc__i = 0; lc__i < lc__n; lc__i++) {                                              \
            if (lc__i)                                                                             \
                lc__putc(',');                                                                     \
            elem(lc__a[lc__i]);                                                                    \
        }                                                                                          \
        lc__putc(']');                                                                             \
    }
lc__WRITE_ARR(lc__w_int_arr, int, lc__w_int)
lc__WRITE_ARR(lc__w_long_arr, long long, lc__w_long)
lc__WRITE_ARR(lc__w_double_arr, double, lc__w_double)
lc__WRITE_ARR(lc__w_bool_arr, bool, lc__w_bool)
lc__WRITE_ARR(lc__w_string_arr, char *, lc__w_string)
lc__WRITE_ARR(lc__w_char_arr, char, lc__w_char)
#undef lc__WRITE_ARR

#define lc__WRITE_ARR2(name, T, row)                                                               \
    lc__FN void name(T **lc__a, int lc__n, int *lc__cols)                                          \
    {                                                                                              \
        if (!lc__arr_ok(lc__a, lc__n))                                                             \
            return;                                                                                \
        if (lc__n > 0 && !lc__cols) {                                                              \
            lc__w_invalid("null column sizes");                                                    \
            return;                                                                                \
        }                                                                                          \
        lc__putc('[');                                                                             \
        for (int lc__i = 0; lc__i < lc__n; lc__i++) {                                              \
            if (lc__i)                                                                             \
                lc__putc(',');                                                                     \
            row(lc__a[lc__i], lc__cols[lc__i]);                                                    \
        }                                                                                          \
        lc__putc(']');                                                                             \
    }
lc__WRITE_ARR2(lc__w_int_arr2, int, lc__w_int_arr)
lc__WRITE_ARR2(lc__w_string_arr2, char *, lc__w_string_arr)
lc__WRITE_ARR2(lc__w_char_arr2, char, lc__w_char_arr)
#undef lc__WRITE_ARR2

#ifdef lc__HAS_LIST
lc__FN void lc__w_list(struct ListNode *h)
{
    size_t start = lc__olen;
    long n = 0;
    lc__putc('[');
    for (; h; h = h->next, n++) {
        if (n == lc__NODE_CAP) {
            lc__olen = start;
            lc__w_invalid("list too long or cyclic");
            return;
        }
        if (n)
            lc__putc(',');
        lc__w_long(h->val);
    }
    lc__putc(']');
}
#endif

#ifdef lc__HAS_TREE
/* Level order with null for missing children, trailing nulls removed. */
lc__FN void lc__w_tree(struct TreeNode *root)
{
    size_t start = lc__olen, last;
    lc__putc('[');
    last = lc__olen;
    if (root) {
        struct TreeNode **q = NULL;
        int cap = 0, n = 0;
        long nodes = 0;
        q = lc__grow(q, &cap, sizeof *q);
        q[n++] = root;
        for (int i = 0; i < n; i++) {
            struct TreeNode *t = q[i];
            if (i)
                lc__putc(',');
            if (!t) {
                lc__put("null", 4);
                continue;
            }
            if (++nodes > lc__NODE_CAP) {
                free(q);
                lc__olen = start;
                lc__w_invalid("tree too large or cyclic");
                return;
            }
            lc__w_long(t->val);
            last = lc__olen;
            if (n + 2 > cap)
                q = lc__grow(q, &cap, sizeof *q);
            q[n++] = t->left;
            q[n++] = t->right;
        }
        free(q);
    }
    lc__olen = last;
    lc__putc(']');
}
#endif

/* ---- the run --------------------------------------------------------------- */

/* Reads all of stdin, leaves /dev/null in its place, returns T. */
lc__FN int lc__begin(void)
{
    size_t cap = 1 << 16;
    lc__in = lc__alloc(cap);
    for (;;) {
        if (lc__inlen + 1 >= cap) {
            char *p = realloc(lc__in, cap * 2);
            if (!p)
                lc__oom();
            lc__in = p;
            cap *= 2;
        }
        size_t r = fread(lc__in + lc__inlen, 1, cap - 1 - lc__inlen, stdin);
        if (r == 0)
            break;
        lc__inlen += r;
    }
    if (ferror(stdin)) {
        fputs("litecode driver: cannot read stdin\n", stderr);
        exit(3);
    }
    lc__in[lc__inlen] = '\0';
    /* user code must see EOF even after rewind(stdin): /dev/null in its place
     * (if that fails, stdin is closed, which also reads as EOF) */
    if (!freopen("/dev/null", "r", stdin))
        fputs("litecode driver: cannot reopen stdin on /dev/null\n", stderr);
    lc__ch = fdopen(3, "wb");
    if (lc__ch)
        setvbuf(lc__ch, NULL, _IONBF, 0);
    else
        fputs("litecode driver: fd 3 (the answer channel) is not open\n", stderr);
    lc__olen = lc__HDR;
    lc__reserve(0);
    int t = lc__read_int();
    if (t < 0)
        lc__bad("negative test count");
    return t;
}

lc__FN void lc__clock_start(void)
{
    lc__sys_clock_gettime(lc__CPU_CLOCK, &lc__t0);
}

lc__FN void lc__clock_stop(void)
{
    struct lc__timespec t1;
    lc__sys_clock_gettime(lc__CPU_CLOCK, &t1);
    lc__cpu_us = (t1.lc__sec - lc__t0.lc__sec) * 1000000LL + (t1.lc__nsec - lc__t0.lc__nsec) / 1000;
    if (lc__cpu_us < 0)
        lc__cpu_us = 0;
}

/* Writes "#LC <index> <cpu_us> <length>\n<json>\n" to fd 3 in one write. */
lc__FN void lc__frame(int index)
{
    size_t jlen = lc__olen - lc__HDR;
    lc__putc('\n');
    char h[lc__HDR];
    int hl = snprintf(h, sizeof h, "#LC %d %lld %lu\n", index, lc__cpu_us, (unsigned long)jlen);
    char *p = lc__ob + lc__HDR - hl;
    memcpy(p, h, (size_t)hl);
    size_t n = lc__olen - (size_t)(lc__HDR - hl);
    fflush(stdout); /* the user's output so far survives a crash in a later test */
    if (lc__ch) {   /* fails quietly when user code closed fd 3 */
        clearerr(lc__ch);
        fwrite(p, 1, n, lc__ch);
        fflush(lc__ch);
    }
    lc__olen = lc__HDR;
}

lc__FN int lc__end(void)
{
    fflush(stdout);
    return 0;
}
