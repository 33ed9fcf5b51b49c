/* lib/util/buf.h: a growable byte buffer with a hard cap. */
#include "util/buf.h"
#include <criterion/criterion.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

Test(buf, empty_buffer_reads_as_empty_string)
{
    lc_buf b;
    lc_buf_init(&b, 16);
    cr_assert_null(b.data);
    cr_assert_eq(b.len, 0);
    cr_assert_eq(b.max, 16);
    cr_assert_not(b.truncated);
    cr_assert_str_eq(lc_buf_str(&b), "");
    lc_buf_free(&b);
}

Test(buf, append_keeps_data_nul_terminated)
{
    lc_buf b;
    lc_buf_init(&b, 64);
    cr_assert_eq(lc_buf_append(&b, "abc", 3), LC_OK);
    cr_assert_eq(lc_buf_append(&b, "defg", 2), LC_OK);
    cr_assert_eq(b.len, 5);
    cr_assert_str_eq(lc_buf_str(&b), "abcde");
    cr_assert_eq(b.data[5], '\0');
    cr_assert_eq(lc_buf_append(&b, NULL, 0), LC_OK);
    cr_assert_eq(b.len, 5);
    lc_buf_free(&b);
}

Test(buf, append_binary_with_nul_bytes)
{
    lc_buf b;
    lc_buf_init(&b, 64);
    cr_assert_eq(lc_buf_append(&b, "a\0b", 3), LC_OK);
    cr_assert_eq(b.len, 3);
    cr_assert_eq(memcmp(b.data, "a\0b", 4), 0);
    lc_buf_free(&b);
}

Test(buf, append_exactly_to_cap_succeeds)
{
    lc_buf b;
    lc_buf_init(&b, 8);
    cr_assert_eq(lc_buf_append(&b, "12345678", 8), LC_OK);
    cr_assert_eq(b.len, 8);
    cr_assert_str_eq(lc_buf_str(&b), "12345678");
    cr_assert_eq(lc_buf_append(&b, "", 0), LC_OK);
    lc_buf_free(&b);
}

Test(buf, append_past_cap_fails_with_limit_and_keeps_content)
{
    lc_buf b;
    lc_buf_init(&b, 8);
    cr_assert_eq(lc_buf_append(&b, "12345", 5), LC_OK);
    cr_assert_eq(lc_buf_append(&b, "6789", 4), LC_ERR_LIMIT);
    cr_assert_eq(b.len, 5);
    cr_assert_str_eq(lc_buf_str(&b), "12345");
    cr_assert_not(b.truncated);
    cr_assert_eq(lc_buf_append(&b, "678", 3), LC_OK);
    cr_assert_eq(lc_buf_append(&b, "9", 1), LC_ERR_LIMIT);
    cr_assert_str_eq(lc_buf_str(&b), "12345678");
    lc_buf_free(&b);
}

Test(buf, zero_cap_rejects_any_byte)
{
    lc_buf b;
    lc_buf_init(&b, 0);
    cr_assert_eq(lc_buf_append(&b, "x", 1), LC_ERR_LIMIT);
    cr_assert_eq(b.len, 0);
    cr_assert_str_eq(lc_buf_str(&b), "");
    lc_buf_free(&b);
}

Test(buf, huge_append_does_not_overflow_the_cap_check)
{
    lc_buf b;
    lc_buf_init(&b, 16);
    cr_assert_eq(lc_buf_append(&b, "abc", 3), LC_OK);
    cr_assert_eq(lc_buf_append(&b, "x", SIZE_MAX - 1), LC_ERR_LIMIT);
    cr_assert_eq(lc_buf_append_trunc(&b, "0123456789abcdefXYZ", SIZE_MAX), LC_OK);
    cr_assert_eq(b.len, 16);
    cr_assert(b.truncated);
    lc_buf_free(&b);
}

Test(buf, grows_across_many_appends)
{
    lc_buf b;
    lc_buf_init(&b, 1 << 20);
    for (int i = 0; i < 100000; i++)
        cr_assert_eq(lc_buf_append(&b, "0123456789", 10), LC_OK);
    cr_assert_eq(b.len, 1000000);
    cr_assert_leq(b.cap, (size_t)(1 << 20) + 1, "cap %zu beyond max+1", b.cap);
    cr_assert_eq(b.data[b.len], '\0');
    for (size_t i = 0; i < b.len; i++)
        cr_assert_eq(b.data[i], '0' + (int)(i % 10));
    cr_assert_eq(lc_buf_append(&b, "0123456789", 10), LC_OK); /* 1000010 <= 1048576 */
    lc_buf_free(&b);
}

Test(buf, append_trunc_keeps_first_max_bytes)
{
    lc_buf b;
    lc_buf_init(&b, 5);
    cr_assert_eq(lc_buf_append_trunc(&b, "abc", 3), LC_OK);
    cr_assert_not(b.truncated);
    cr_assert_eq(lc_buf_append_trunc(&b, "defgh", 5), LC_OK);
    cr_assert(b.truncated);
    cr_assert_eq(b.len, 5);
    cr_assert_str_eq(lc_buf_str(&b), "abcde");
    /* full: further appends drop everything, flag stays */
    cr_assert_eq(lc_buf_append_trunc(&b, "z", 1), LC_OK);
    cr_assert(b.truncated);
    cr_assert_str_eq(lc_buf_str(&b), "abcde");
    lc_buf_free(&b);
}

Test(buf, append_trunc_exact_fit_is_not_truncated)
{
    lc_buf b;
    lc_buf_init(&b, 4);
    cr_assert_eq(lc_buf_append_trunc(&b, "abcd", 4), LC_OK);
    cr_assert_not(b.truncated);
    cr_assert_eq(lc_buf_append_trunc(&b, "", 0), LC_OK);
    cr_assert_not(b.truncated);
    cr_assert_str_eq(lc_buf_str(&b), "abcd");
    lc_buf_free(&b);
}

Test(buf, printf_small)
{
    lc_buf b;
    lc_buf_init(&b, 100);
    cr_assert_eq(lc_buf_printf(&b, "%d-%s", 42, "x"), LC_OK);
    cr_assert_eq(lc_buf_printf(&b, "|%05.1f", 2.25), LC_OK);
    cr_assert_str_eq(lc_buf_str(&b), "42-x|002.2");
    lc_buf_free(&b);
}

Test(buf, printf_large_string_beyond_internal_scratch)
{
    size_t n = 100000;
    char *big = malloc(n + 1);
    cr_assert_not_null(big);
    for (size_t i = 0; i < n; i++)
        big[i] = (char)('a' + i % 26);
    big[n] = '\0';
    lc_buf b;
    lc_buf_init(&b, 1 << 20);
    cr_assert_eq(lc_buf_printf(&b, "<%s>", big), LC_OK);
    cr_assert_eq(b.len, n + 2);
    cr_assert_eq(b.data[0], '<');
    cr_assert_eq(memcmp(b.data + 1, big, n), 0);
    cr_assert_eq(b.data[n + 1], '>');
    cr_assert_eq(b.data[n + 2], '\0');
    /* exactly at the 512-byte boundary of the scratch buffer */
    lc_buf_reset(&b);
    big[511] = '\0';
    cr_assert_eq(lc_buf_printf(&b, "%s", big), LC_OK);
    cr_assert_eq(b.len, 511);
    lc_buf_reset(&b);
    big[511] = 'x';
    big[512] = '\0';
    cr_assert_eq(lc_buf_printf(&b, "%s", big), LC_OK);
    cr_assert_eq(b.len, 512);
    cr_assert_eq(strlen(lc_buf_str(&b)), 512);
    lc_buf_free(&b);
    free(big);
}

Test(buf, printf_past_cap_fails_with_limit)
{
    lc_buf b;
    lc_buf_init(&b, 10);
    cr_assert_eq(lc_buf_printf(&b, "%s", "0123456789A"), LC_ERR_LIMIT);
    cr_assert_eq(b.len, 0);
    char big[2000];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    cr_assert_eq(lc_buf_printf(&b, "%s", big), LC_ERR_LIMIT);
    cr_assert_eq(b.len, 0);
    cr_assert_eq(lc_buf_printf(&b, "%s", "0123456789"), LC_OK);
    cr_assert_str_eq(lc_buf_str(&b), "0123456789");
    lc_buf_free(&b);
}

Test(buf, reset_keeps_max_and_clears_flag)
{
    lc_buf b;
    lc_buf_init(&b, 3);
    cr_assert_eq(lc_buf_append_trunc(&b, "abcdef", 6), LC_OK);
    cr_assert(b.truncated);
    lc_buf_reset(&b);
    cr_assert_eq(b.len, 0);
    cr_assert_not(b.truncated);
    cr_assert_eq(b.max, 3);
    cr_assert_str_eq(lc_buf_str(&b), "");
    cr_assert_eq(lc_buf_append(&b, "xyz", 3), LC_OK);
    cr_assert_str_eq(lc_buf_str(&b), "xyz");
    cr_assert_eq(lc_buf_append(&b, "!", 1), LC_ERR_LIMIT);
    lc_buf_free(&b);
}

Test(buf, reset_on_never_used_buffer)
{
    lc_buf b;
    lc_buf_init(&b, 3);
    lc_buf_reset(&b);
    cr_assert_str_eq(lc_buf_str(&b), "");
    lc_buf_free(&b);
}

Test(buf, take_returns_owned_data_and_resets)
{
    lc_buf b;
    lc_buf_init(&b, 32);
    cr_assert_eq(lc_buf_append(&b, "hello", 5), LC_OK);
    b.truncated = true;
    char *s = lc_buf_take(&b);
    cr_assert_str_eq(s, "hello");
    cr_assert_null(b.data);
    cr_assert_eq(b.len, 0);
    cr_assert_eq(b.cap, 0);
    cr_assert_not(b.truncated);
    cr_assert_eq(b.max, 32);
    /* the buffer is usable again and independent of the taken string */
    cr_assert_eq(lc_buf_append(&b, "world", 5), LC_OK);
    cr_assert_str_eq(s, "hello");
    cr_assert_str_eq(lc_buf_str(&b), "world");
    free(s);
    lc_buf_free(&b);
}

Test(buf, take_from_empty_buffer_returns_empty_heap_string)
{
    lc_buf b;
    lc_buf_init(&b, 32);
    char *s = lc_buf_take(&b);
    cr_assert_not_null(s);
    cr_assert_str_eq(s, "");
    free(s); /* must be a heap string */
    lc_buf_free(&b);
}

Test(buf, free_keeps_max_and_allows_reuse)
{
    lc_buf b;
    lc_buf_init(&b, 4);
    cr_assert_eq(lc_buf_append(&b, "ab", 2), LC_OK);
    lc_buf_free(&b);
    cr_assert_null(b.data);
    cr_assert_eq(b.len, 0);
    cr_assert_eq(b.max, 4);
    cr_assert_eq(lc_buf_append(&b, "abcd", 4), LC_OK);
    cr_assert_eq(lc_buf_append(&b, "e", 1), LC_ERR_LIMIT);
    lc_buf_free(&b);
    lc_buf_free(&b); /* double free of an emptied buffer is harmless */
}
