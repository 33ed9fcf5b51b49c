# Output limit exceeded: 64 MiB of debug output before the answer (the limit is 1 MiB).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    out = sys.stdout.buffer
    junk = b"debug " * ((1 << 20) // 6) + b"\n"
    for _ in range(64):
        out.write(junk)
    out.write(b"%d\n" % sum(map(int, data[1:n + 1])))


main()
