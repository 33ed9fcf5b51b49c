# lang: pypy3 (the Python reference, judged by PyPy)
# Compile error: a syntax error (missing closing parenthesis, then a stray colon).
import sys


def main(:
    data = sys.stdin.buffer.read().split()
    n = int(data[0]
    print(sum(map(int, data[1:n + 1])))


main()
