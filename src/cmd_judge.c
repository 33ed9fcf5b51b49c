/* litecode judge [--lang LANG] [--all] PROBLEM_DIR SOURCE_FILE
 * Prints one JSON object (ARCHITECTURE.md's submission-results fields).
 * Exit: 0 judged, 1 Internal Error (JSON still printed), 2 usage or package error. */
#include "judge/judge.h"
#include "sandbox/sandbox.h"
#include "util/buf.h"
#include "util/fs.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int lc_cmd_judge(int argc, char **argv);

static void usage(void)
{
    fprintf(stderr, "usage: litecode judge [--lang LANG] [--all] PROBLEM_DIR SOURCE_FILE\n"
                    "  --lang LANG  ");
    for (const lc_lang *const *l = lc_lang_all(); *l; l++)
        fprintf(stderr, "%s%s", l == lc_lang_all() ? "" : ", ", (*l)->id);
    fprintf(stderr, " (default: from the extension)\n"
                    "  --all        run every test instead of stopping at the first failure\n"
                    "  --budget-ms N  the most wall time the whole job may take (default: from\n"
                    "               the package's limits and test count); over it: Internal Error\n");
}

int lc_cmd_judge(int argc, char **argv)
{
    static const struct option longopts[] = {{"lang", required_argument, NULL, 'l'},
                                              {"all", no_argument, NULL, 'a'},
                                              {"budget-ms", required_argument, NULL, 'b'},
                                              {"help", no_argument, NULL, 'h'},
                                              {NULL, 0, NULL, 0}};
    const char *lang_id = NULL;
    lc_judge_opts opts = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:ab:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'l': lang_id = optarg; break;
        case 'a': opts.run_all = true; break;
        case 'b': {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v == 0 || v > 86400000ull) {
                fprintf(stderr, "litecode judge: --budget-ms: a number of ms from 1 to 86400000\n");
                return 2;
            }
            opts.budget_ms = v;
            break;
        }
        case 'h': usage(); return 0;
        default: usage(); return 2;
        }
    }
    if (argc - optind != 2) {
        usage();
        return 2;
    }
    const char *pkg_dir = argv[optind], *src_path = argv[optind + 1];
    const lc_lang *lang = lang_id ? lc_lang_find(lang_id) : lc_lang_from_path(src_path);
    if (!lang) {
        if (lang_id)
            fprintf(stderr, "litecode judge: unknown language '%s'\n", lang_id);
        else
            fprintf(stderr, "litecode judge: %s: cannot tell the language from the extension; "
                            "use --lang\n", src_path);
        return 2;
    }
    lc_err e = {0};
    lc_package *p;
    if (lc_package_load(pkg_dir, &p, &e)) {
        fprintf(stderr, "litecode judge: %s\n", e.msg);
        return 2;
    }
    lc_buf src;
    lc_buf_init(&src, LC_JUDGE_SOURCE_MAX + 1);
    lc_code rc = lc_read_file(src_path, &src, &e);
    if (rc && rc != LC_ERR_LIMIT) {
        fprintf(stderr, "litecode judge: %s\n", e.msg);
        lc_package_free(p);
        return 2;
    }
    if (rc == LC_ERR_LIMIT)
        src.len = LC_JUDGE_SOURCE_MAX + 1; /* the judge reports it as too large */

    lc_judge_result r;
    memset(&r, 0, sizeof r);
    lc_sbx_config cfg = {.slot = -1, .ro_paths = lc_judge_sandbox_paths(&opts),
                         .ro_targets = lc_judge_sandbox_targets()};
    lc_sbx *s = NULL;
    if (lc_sbx_open(&cfg, &s, &e)) {
        r.verdict = LC_V_IE;
        r.total = p->ntests;
        r.compile_output = strdup("");
        r.error = strdup(e.msg);
    } else {
        lc_judge_run(s, p, lang, src.data ? src.data : "", src.len, &opts, &r, &e);
        lc_sbx_close(s);
    }
    json_t *j = lc_judge_result_json(&r);
    char *out = json_dumps(j, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_REAL_PRECISION(9));
    if (out)
        printf("%s\n", out);
    free(out);
    json_decref(j);
    int status = r.verdict == LC_V_IE ? 1 : 0;
    lc_judge_result_free(&r);
    lc_buf_free(&src);
    lc_package_free(p);
    return status;
}
