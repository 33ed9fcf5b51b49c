/* litecode: one binary, one subcommand per file (src/cmd_*.c). */
#include "util/log.h"

#include <stdio.h>
#include <string.h>

int lc_cmd_judge(int argc, char **argv);
int lc_cmd_starter(int argc, char **argv);
int lc_cmd_driver(int argc, char **argv);
int lc_cmd_show(int argc, char **argv);
int lc_cmd_serve(int argc, char **argv);
int lc_cmd_api(int argc, char **argv);
int lc_cmd_worker(int argc, char **argv);
int lc_cmd_import(int argc, char **argv);
int lc_cmd_user(int argc, char **argv);

static void usage(FILE *f)
{
    fprintf(f, "usage: litecode COMMAND [ARGS]\n"
               "commands:\n"
               "  serve [--host H] [--port N] [--data DIR]        the platform in one process\n"
               "  api --queue kafka://... [--store URL] [--port N] the HTTP API + results consumer\n"
               "  worker --queue kafka://... [--workers N]         judge workers only\n"
               "  import [--data DIR] PATH...                     load problem packages\n"
               "  user add [--admin] NAME                         create an account\n"
               "  judge [--lang LANG] [--all] PROBLEM_DIR SOURCE_FILE  judge one file, print JSON\n"
               "  starter --lang LANG PROBLEM_DIR                 starter code of a function problem\n"
               "  driver --lang LANG PROBLEM_DIR SOURCE_FILE      the program judged for a function "
               "problem\n"
               "  show PROBLEM_DIR                                the problem as the app shows it (JSON)\n");
}

int main(int argc, char **argv)
{
    lc_log_init_from_env();
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "judge") == 0)
        return lc_cmd_judge(argc - 1, argv + 1);
    if (strcmp(argv[1], "starter") == 0)
        return lc_cmd_starter(argc - 1, argv + 1);
    if (strcmp(argv[1], "serve") == 0)
        return lc_cmd_serve(argc - 1, argv + 1);
    if (strcmp(argv[1], "api") == 0)
        return lc_cmd_api(argc - 1, argv + 1);
    if (strcmp(argv[1], "worker") == 0)
        return lc_cmd_worker(argc - 1, argv + 1);
    if (strcmp(argv[1], "import") == 0)
        return lc_cmd_import(argc - 1, argv + 1);
    if (strcmp(argv[1], "user") == 0)
        return lc_cmd_user(argc - 1, argv + 1);
    if (strcmp(argv[1], "show") == 0)
        return lc_cmd_show(argc - 1, argv + 1);
    if (strcmp(argv[1], "driver") == 0)
        return lc_cmd_driver(argc - 1, argv + 1);
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "litecode: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
