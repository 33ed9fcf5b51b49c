#include <stdio.h>

int lc_cmd_judge(int argc, char **argv);
int lc_cmd_judge(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "litecode judge: not built yet\n");
    return 2;
}
