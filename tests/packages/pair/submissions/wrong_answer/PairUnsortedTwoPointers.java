// Wrong answer: two pointers on the array as given, as if it were sorted.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class PairUnsortedTwoPointers {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        long t = Long.parseLong(st.nextToken());
        st = new StringTokenizer(br.readLine());
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = Long.parseLong(st.nextToken());
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            long s = a[lo] + a[hi];
            if (s == t) break;
            if (s < t) lo++;
            else hi--;
        }
        System.out.println((lo + 1) + " " + (hi + 1));
    }
}
