// expect: internal_error
// judge-args: --budget-ms 300
// check: "budget" in j.get("error", "")
// Item: nothing bounded one job's wall time. Every job has a budget (derived
// from the package's limits and test count; here set to 300 ms by the
// operator's option): over it, the job ends as Internal Error with a log line.
#include <stdio.h>
#include <time.h>
int main(void) {
    struct timespec t = {0, 600 * 1000 * 1000};
    nanosleep(&t, NULL);
    puts("OK");
    return 0;
}
