/* litecode starter --lang LANG PROBLEM_DIR          the starter code users see
 * litecode driver  --lang LANG PROBLEM_DIR SOURCE   the program the judge compiles
 * Both for function (LeetCode-style) problems; exit 2 on bad usage or package. */
#include "judge/lang.h"
#include "judge/package.h"
#include "judge/signature.h"
#include "util/buf.h"
#include "util/fs.h"

#include <getopt.h>
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
