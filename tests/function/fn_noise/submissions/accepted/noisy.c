/* Prints about 2 MB of debug output to stdout and some to stderr, tries to
 * read stdin (it must be empty), and still returns the right answer. */
static int calls = 0;

int addTwo(int a, int b) {
    calls++;
    char line[256];
    int got = 0;
    while (fgets(line, sizeof(line), stdin) != NULL) {
        got++;
    }
    int c = getchar();
    fprintf(stderr, "call %d: read %d lines from stdin, getchar=%d\n", calls, got, c);
    for (int i = 0; i < 8000; i++) {
        printf("debug: call %d a=%d b=%d step %d ..........................\n", calls, a, b, i);
    }
    fflush(stdout);
    return a + b;
}
