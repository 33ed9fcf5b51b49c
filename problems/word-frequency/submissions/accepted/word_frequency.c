#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { const char *w; int n; } Entry;

static int is_letter(char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

static int by_word(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int by_count_then_word(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    if (x->n != y->n) return x->n > y->n ? -1 : 1;
    return strcmp(x->w, y->w);
}

int main(void) {
    size_t cap = 1 << 16, len = 0, r;
    char *text = malloc(cap + 1);
    while ((r = fread(text + len, 1, cap - len, stdin)) > 0) {
        len += r;
        if (len == cap) text = realloc(text, (cap *= 2) + 1);
    }
    text[len] = '\0';
    /* lowercase the words and cut them out of the text with '\0' */
    size_t nw = 0, wcap = 1024;
    const char **words = malloc(wcap * sizeof *words);
    size_t i = 0;
    while (i < len) {
        if (!is_letter(text[i])) { text[i++] = '\0'; continue; }
        if (nw == wcap) words = realloc(words, (wcap *= 2) * sizeof *words);
        words[nw++] = text + i;
        while (i < len && is_letter(text[i])) { text[i] |= 32; i++; }
    }
    qsort(words, nw, sizeof *words, by_word);
    Entry *e = malloc((nw + 1) * sizeof *e);
    size_t ne = 0;
    for (size_t j = 0; j < nw; j++) {
        if (ne && strcmp(e[ne - 1].w, words[j]) == 0) e[ne - 1].n++;
        else e[ne++] = (Entry){words[j], 1};
    }
    qsort(e, ne, sizeof *e, by_count_then_word);
    for (size_t j = 0; j < ne; j++) printf("%s %d\n", e[j].w, e[j].n);
    return 0;
}
