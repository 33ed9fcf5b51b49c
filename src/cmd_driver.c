/* litecode starter --lang LANG PROBLEM_DIR          the starter code users see
 * litecode driver  --lang LANG PROBLEM_DIR SOURCE   the program the judge compiles
 * Both for function (LeetCode-style) problems; exit 2 on bad usage or package. */
#include "judge/lang.h"
#include "judge/package.h"
#include "judge/signature.h"
#include "judge/statement.h"
#include "util/buf.h"
#include "util/fs.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

int lc_cmd_starter(int argc, char **argv);
int lc_cmd_driver(int argc, char **argv);

static int run(int argc, char **argv, int want_source)
{
    static const struct option longopts[] = {{"lang", required_argument, NULL, 'l'},
                                              {NULL, 0, NULL, 0}};
    const char *lang_id = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:", longopts, NULL)) != -1) {
        if (c != 'l')
            return 2;
        lang_id = optarg;
    }
    if (argc - optind != 1 + want_source) {
        fprintf(stderr, "usage: litecode %s --lang LANG PROBLEM_DIR%s\n", argv[0],
                want_source ? " SOURCE" : "");
        return 2;
    }
    const lc_lang *lang =
        lang_id ? lc_lang_find(lang_id)
                : (want_source ? lc_lang_from_path(argv[optind + 1]) : NULL);
    if (!lang) {
        fprintf(stderr, "litecode %s: give a known --lang\n", argv[0]);
        return 2;
    }
    lc_err e = {0};
    lc_package *p;
    if (lc_package_load(argv[optind], &p, &e)) {
        fprintf(stderr, "litecode %s: %s\n", argv[0], e.msg);
        return 2;
    }
    if (!p->function) {
        fprintf(stderr, "litecode %s: %s is not a function problem\n", argv[0], p->slug);
        lc_package_free(p);
        return 2;
    }
    lc_signature sig;
    int status = 0;
    lc_buf out, src;
    lc_buf_init(&out, 1 << 22);
    lc_buf_init(&src, 64 * 1024);
    if (lc_signature_parse(p->function, &sig, &e)) {
        fprintf(stderr, "litecode %s: problem '%s': problem.yaml: %s\n", argv[0], p->slug, e.msg);
        status = 2;
    } else if (!want_source) {
        if (lc_starter_code(&sig, lang->id, &out, &e)) {
            fprintf(stderr, "litecode %s: %s\n", argv[0], e.msg);
            status = 1;
        }
    } else {
        const char *name = NULL, *cls = NULL;
        if (lc_read_file(argv[optind + 1], &src, &e) ||
            lc_driver_source(&sig, lang->id, lc_buf_str(&src), src.len, &out, &name, &cls, &e)) {
            fprintf(stderr, "litecode %s: %s\n", argv[0], e.msg);
            status = 1;
        } else {
            fprintf(stderr, "file: %s%s%s\n", name ? name : "?", cls ? "  main class: " : "",
                    cls ? cls : "");
        }
    }
    if (!status)
        fwrite(lc_buf_str(&out), 1, out.len, stdout);
    lc_buf_free(&out);
    lc_buf_free(&src);
    lc_package_free(p);
    return status;
}

int lc_cmd_starter(int argc, char **argv)
{
    return run(argc, argv, 0);
}

int lc_cmd_driver(int argc, char **argv)
{
    return run(argc, argv, 1);
}

/* litecode show PROBLEM_DIR: the problem as the app shows it, one JSON object
 * (title, difficulty, tags, limits, statement Markdown with examples, and the
 * starter code per language for function problems). */
int lc_cmd_show(int argc, char **argv);
int lc_cmd_show(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: litecode show PROBLEM_DIR\n");
        return 2;
    }
    lc_err e = {0};
    lc_package *p;
    if (lc_package_load(argv[1], &p, &e)) {
        fprintf(stderr, "litecode show: %s\n", e.msg);
        return 2;
    }
    json_t *o = json_object();
    json_object_set_new(o, "slug", json_string(p->slug));
    json_object_set_new(o, "title", json_string(p->title));
    json_object_set_new(o, "difficulty", json_string(p->difficulty));
    json_object_set(o, "tags", p->tags);
    json_object_set_new(o, "limits", json_pack("{s:f,s:I,s:I}", "time", p->time_limit, "memory",
                                               (json_int_t)p->memory_mib, "output",
                                               (json_int_t)p->output_mib));
    lc_buf st;
    lc_buf_init(&st, LC_STATEMENT_MAX);
    int status = 0;
    if (lc_statement_markdown(p, &st, &e)) {
        fprintf(stderr, "litecode show: %s\n", e.msg);
        status = 1;
    }
    json_object_set_new(o, "statement", json_string(lc_buf_str(&st)));
    lc_buf_free(&st);
    json_object_set_new(o, "samples", json_integer((json_int_t)p->nsamples));
    json_object_set_new(o, "tests", json_integer((json_int_t)p->ntests));
    lc_signature sig;
    if (p->function) {
        if (lc_signature_parse(p->function, &sig, &e)) {
            fprintf(stderr, "litecode show: problem '%s': problem.yaml: %s\n", p->slug, e.msg);
            status = 2;
        } else {
            json_t *sc = json_object();
            for (const lc_lang *const *l = lc_lang_all(); *l; l++) {
                lc_buf code;
                lc_buf_init(&code, 64 * 1024);
                if (lc_starter_code(&sig, (*l)->id, &code, &e) == LC_OK)
                    json_object_set_new(sc, (*l)->id, json_string(lc_buf_str(&code)));
                lc_buf_free(&code);
            }
            json_object_set_new(o, "starterCode", sc);
        }
    }
    char *s = json_dumps(o, JSON_INDENT(2) | JSON_REAL_PRECISION(9));
    if (s && status != 2)
        printf("%s\n", s);
    free(s);
    json_decref(o);
    lc_package_free(p);
    return status;
}
