# lang: pypy3 (the Python reference, judged by PyPy)
# Wrong answer: sums as floats; beyond 2^53 the result is rounded.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    total = 0.0
    for tok in data[1:n + 1]:
        total += float(tok)
    print(int(total))


main()
