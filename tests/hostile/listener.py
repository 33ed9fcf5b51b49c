"""Listener for the hostile suite (not an attack: run_one.sh starts it).

usage: /usr/bin/python3 listener.py PORT_FILE COUNT_FILE

Binds TCP and UDP on 127.0.0.1 (TCP port chosen by the kernel, UDP on the same
number when free), writes the port to PORT_FILE once listening, and rewrites
COUNT_FILE as "tcp N\nudp M\n" after every accepted connection or datagram.
A sandboxed program must never reach it: the harness asserts both counts are 0.
Runs until killed, or until the harness that started it is gone.
"""
import os
import select
import socket
import sys


def write_atomic(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    port_file, count_file = sys.argv[1], sys.argv[2]
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    tcp.bind(("127.0.0.1", 0))
    tcp.listen(16)
    port = tcp.getsockname()[1]
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        udp.bind(("127.0.0.1", port))
    except OSError:
        udp.close()
        udp = None
    counts = {"tcp": 0, "udp": 0}
    write_atomic(count_file, "tcp 0\nudp 0\n")
    write_atomic(port_file, "%d\n" % port)
    socks = [tcp] + ([udp] if udp else [])
    parent = os.getppid()
    while True:
        ready, _, _ = select.select(socks, [], [], 1.0)
        if os.getppid() != parent:
            return  # the harness died without stopping us
        for s in ready:
            if s is tcp:
                conn, _ = tcp.accept()
                conn.close()
                counts["tcp"] += 1
            else:
                s.recvfrom(65536)
                counts["udp"] += 1
        write_atomic(count_file, "tcp %d\nudp %d\n" % (counts["tcp"], counts["udp"]))


if __name__ == "__main__":
    main()
