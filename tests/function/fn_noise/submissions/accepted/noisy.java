import java.io.BufferedReader;
import java.io.InputStreamReader;

class Solution {
    // Class initialization reads stdin too: it must already be empty.
    static final String EARLY = readAll();

    static String readAll() {
        try {
            return new String(System.in.readAllBytes());
        } catch (Exception ex) {
            return ex.toString();
        }
    }

    public int addTwo(int a, int b) {
        // ~2 MB of debug output on stdout, some on stderr
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < 60; i++) dots.append('.');
        String line = "debug: adding " + a + " and " + b + " " + dots;
        int lines = 2 * 1024 * 1024 / line.length() / 4 + 1;
        for (int i = 0; i < lines; i++) {
            System.out.println(line + " " + i);
        }
        System.err.println("stderr noise: a=" + a + " b=" + b);
        System.err.println("x".repeat(10000));
        // stdin is empty: reading it gives EOF, not the judge's input
        try {
            BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
            String got = br.readLine();
            if (got == null) {
                System.out.println("stdin is at EOF (class init read \"" + EARLY + "\")");
            } else {
                System.out.println("read from stdin: " + got);
            }
            Scanner sc = new Scanner(System.in);
            System.out.println("Scanner.hasNext(): " + sc.hasNext());
            System.out.println("System.in.read(): " + System.in.read());
        } catch (Exception ex) {
            System.out.println("reading stdin threw " + ex);
        }
        return a + b;
    }
}
