// Memory limit exceeded: keeps 8 MiB blocks alive until the heap (-Xmx = the limit) runs out.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;

public class MeanHoarder {
    public static void main(String[] args) throws IOException {
        List<long[]> blocks = new ArrayList<>();
        for (int i = 0; i < 64; i++) {          // 64 blocks of 8 MiB = 512 MiB
            long[] b = new long[1 << 20];
            Arrays.fill(b, i);
            blocks.add(b);
        }
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        double s = 0;
        for (int i = 0; i < n; i++) s += Double.parseDouble(st.nextToken());
        System.out.println(String.format(Locale.ROOT, "%.9f", s / n + blocks.get(0)[0]));
    }
}
