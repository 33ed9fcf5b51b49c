// Output limit exceeded: 64 MiB of debug output before the answer (the limit is 1 MiB).
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class SumSpam {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(br.readLine().trim());
        StringTokenizer st = new StringTokenizer(br.readLine());
        long s = 0;
        for (int i = 0; i < n; i++) s += Long.parseLong(st.nextToken());
        BufferedOutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        byte[] junk = new byte[1 << 20];
        Arrays.fill(junk, (byte) '*');
        junk[junk.length - 1] = '\n';
        for (int i = 0; i < 64; i++) out.write(junk);
        out.write((s + "\n").getBytes());
        out.flush();
    }
}
