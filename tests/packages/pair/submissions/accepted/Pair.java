// Accepted: pack (value, index) into one long, sort the primitives, two pointers. O(N log N).
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

public class Pair {
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

    private static final long OFFSET = 1_000_000_000L;   // values + OFFSET are in [0, 2e9] < 2^31
    private static final int SHIFT = 20;                 // indices < 2^20

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        long t = nextLong();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) packed[i] = ((nextLong() + OFFSET) << SHIFT) | i;
        Arrays.sort(packed);
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            long s = (packed[lo] >> SHIFT) + (packed[hi] >> SHIFT) - 2 * OFFSET;
            if (s == t) break;
            if (s < t) lo++;
            else hi--;
        }
        long mask = (1L << SHIFT) - 1;
        System.out.println(((packed[lo] & mask) + 1) + " " + ((packed[hi] & mask) + 1));
    }
}
