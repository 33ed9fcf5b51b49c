// Accepted: a byte reader over System.in that parses the decimals itself (no String per number),
// 9 decimals in the output.
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Locale;

public class Mean {
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

    // A number such as -12.345678: at most 15 significant digits, so mantissa / 10^decimals is exact
    // up to the final rounding, as Double.parseDouble would give.
    private static double nextDouble() throws IOException {
        int c = read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
        boolean neg = false;
        if (c == '-') { neg = true; c = read(); } else if (c == '+') c = read();
        long mant = 0;
        double scale = 1;
        boolean frac = false;
        while (true) {
            if (c >= '0' && c <= '9') {
                mant = mant * 10 + (c - '0');
                if (frac) scale *= 10;
            } else if (c == '.' && !frac) {
                frac = true;
            } else break;
            c = read();
        }
        double v = mant / scale;
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextDouble();
        double s = 0;
        for (int i = 0; i < n; i++) s += nextDouble();
        System.out.println(String.format(Locale.ROOT, "%.9f", s / n));
    }
}
