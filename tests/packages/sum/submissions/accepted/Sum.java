// Accepted: a hand-written byte reader over System.in; 64-bit sum.
import java.io.DataInputStream;
import java.io.IOException;

public class Sum {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    private static long nextLong() throws IOException {
        int c = read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
        boolean neg = false;
        if (c == '-') { neg = true; c = read(); }
        long v = 0;
        while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = read(); }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        long n = nextLong();
        long s = 0;
        for (long i = 0; i < n; i++) s += nextLong();
        System.out.println(s);
    }
}
