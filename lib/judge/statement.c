#include "statement.h"

#include "../util/fs.h"
#include "signature.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_capped_text(const char *path, size_t max, bool *cut)
{
    lc_buf b;
    lc_buf_init(&b, max);
    int fd = -1;
    FILE *f = fopen(path, "re");
    if (f) {
        fd = fileno(f);
        lc_read_fd_capped(fd, max, &b, NULL);
        fclose(f);
    }
    if (cut)
        *cut = b.truncated;
    return lc_buf_take(&b);
}

static void trim_end(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
        s[--n] = '\0';
}

/* A fenced block's content must not close the fence. */
static void append_fenced(lc_buf *out, const char *text)
{
    lc_buf_append_trunc(out, "```\n", 4);
    for (const char *p = text; *p; p++) {
        if (p[0] == '`' && p[1] == '`' && p[2] == '`') {
            lc_buf_append_trunc(out, "'''", 3);
            p += 2;
            continue;
        }
        lc_buf_append_trunc(out, p, 1);
    }
    lc_buf_append_trunc(out, "\n```\n", 5);
}

static void render_function_example(lc_buf *out, const lc_signature *sig, const char *in,
                                    const char *ans, bool cut)
{
    lc_buf ex;
    lc_buf_init(&ex, LC_EXAMPLE_FIELD_MAX * 2 + 256);
    lc_buf_append_trunc(&ex, "Input: ", 7);
    const char *line = in;
    for (int i = 0; i < sig->nparams; i++) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        if (len && line[len - 1] == '\r')
            len--;
        lc_buf_printf(&ex, "%s%s = ", i ? ", " : "", sig->params[i].name);
        lc_buf_append_trunc(&ex, line, len);
        if (!nl)
            break;
        line = nl + 1;
    }
    if (cut)
        lc_buf_append_trunc(&ex, " …", 4);
    lc_buf_append_trunc(&ex, "\nOutput: ", 9);
    lc_buf_append_trunc(&ex, ans, strlen(ans));
    append_fenced(out, lc_buf_str(&ex));
    lc_buf_free(&ex);
}

lc_code lc_statement_markdown(const lc_package *p, lc_buf *out, lc_err *e)
{
    char path[4096];
    bool cut = false;
    /* problem_statement/ (legacy) or statement/ (2023-07): Markdown first */
    static const char *const dirs[2] = {"problem_statement", "statement"};
    char *text = NULL;
    for (int d = 0; d < 2 && (!text || !*text); d++) {
        free(text);
        snprintf(path, sizeof path, "%s/%s/problem.en.md", p->dir, dirs[d]);
        text = read_capped_text(path, LC_STATEMENT_MAX / 2, &cut);
    }
    if (!*text) {
        free(text);
        char *tex = NULL;
        for (int d = 0; d < 2 && (!tex || !*tex); d++) {
            free(tex);
            snprintf(path, sizeof path, "%s/%s/problem.en.tex", p->dir, dirs[d]);
            tex = read_capped_text(path, LC_STATEMENT_MAX / 2, &cut);
        }
        if (*tex) {
            lc_buf_printf(out, "# %s\n\n", p->title);
            append_fenced(out, tex);
        }
        free(tex);
    } else {
        trim_end(text);
        lc_buf_append_trunc(out, text, strlen(text));
        lc_buf_append_trunc(out, "\n", 1);
        free(text);
    }
    lc_signature sig;
    bool fn = p->function && lc_signature_parse(p->function, &sig, NULL) == LC_OK;
    for (size_t i = 0; i < p->nsamples; i++) {
        bool in_cut = false, ans_cut = false;
        char *in = read_capped_text(p->tests[i].in_path, LC_EXAMPLE_FIELD_MAX, &in_cut);
        char *ans = read_capped_text(p->tests[i].ans_path, LC_EXAMPLE_FIELD_MAX, &ans_cut);
        trim_end(in);
        trim_end(ans);
        lc_buf_printf(out, "\n**Example %zu:**\n\n", i + 1);
        if (fn) {
            render_function_example(out, &sig, in, ans, in_cut || ans_cut);
        } else {
            lc_buf_append_trunc(out, "Input:\n", 7);
            append_fenced(out, in);
            lc_buf_append_trunc(out, "Output:\n", 8);
            append_fenced(out, ans);
        }
        free(in);
        free(ans);
    }
    if (out->truncated)
        return lc_err_set(e, LC_ERR_LIMIT, "statement longer than %zu bytes", out->max);
    return LC_OK;
}
