// Time limit exceeded: for every i, scans every j != i over a List<Long>: N^2 steps (4e10 on the
// large tests).
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class PairQuadratic {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        long t = Long.parseLong(st.nextToken());
        st = new StringTokenizer(br.readLine());
        List<Long> a = new ArrayList<>();
        for (int i = 0; i < n; i++) a.add(Long.parseLong(st.nextToken()));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j && a.get(i) + a.get(j) == t) {
                    System.out.println((i + 1) + " " + (j + 1));
                    return;
                }
    }
}
