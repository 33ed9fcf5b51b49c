import sys

# Module-level reads must see an empty stdin too.
try:
    EARLY = sys.stdin.read()
except Exception as ex:
    EARLY = repr(ex)


class Solution:
    def addTwo(self, a: int, b: int) -> int:
        # ~2 MB of debug output on stdout, some on stderr
        line = "debug: adding %d and %d " % (a, b) + "." * 60
        for i in range(2 * 1024 * 1024 // len(line) // 4 + 1):
            print(line, i)
        print("stderr noise: a=%d b=%d" % (a, b), file=sys.stderr)
        sys.stderr.write("x" * 10000 + "\n")
        # stdin is empty: reading it gives EOF, not the judge's input
        try:
            got = input()
            print("read from stdin:", got)
        except EOFError:
            print("stdin is at EOF (module level read %r)" % EARLY)
        print("sys.stdin.read():", repr(sys.stdin.read()))
        import os
        print("os.read(0):", os.read(0, 100))
        return a + b
