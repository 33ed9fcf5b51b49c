# lang: pypy3 (the Python reference, judged by PyPy)
# Run-time error: prints the right sum but exits with status 3.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(sum(map(int, data[1:n + 1])))
    sys.stdout.flush()
    sys.exit(3)


main()
