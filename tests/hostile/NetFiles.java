// expect: success
/* Java: connect to the harness's listener (java.net.Socket), read /etc/shadow
 * and the canary (java.nio.file), start a process (ProcessBuilder: cat), and
 * write outside the work dir. Every attempt must fail. */
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class NetFiles {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, String> v = new HashMap<>();
        for (String l; (l = in.readLine()) != null; ) {
            int i = l.indexOf(' ');
            if (i > 0) v.put(l.substring(0, i), l.substring(i + 1));
        }
        int port = Integer.parseInt(v.get("PORT"));
        String canary = v.get("CANARY");
        List<String> leaks = new ArrayList<>();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            leaks.add("connected to 127.0.0.1:" + port);
        } catch (Exception e) { }
        for (String p : new String[] {"/etc/shadow", "/etc/passwd", canary, "/proc/1/environ"}) {
            try {
                if (Files.readAllBytes(Paths.get(p)).length > 0) leaks.add("read " + p);
            } catch (Exception e) { }
        }
        for (String p : new String[] {"/usr/lcpwn", "/etc/lcpwn", "/box/lcpwn", canary}) {
            try (FileOutputStream o = new FileOutputStream(p, true)) {
                o.write(1);
                leaks.add("wrote " + p);
            } catch (Exception e) { }
        }
        try {
            Process pr = new ProcessBuilder("cat", "/etc/shadow", "/etc/passwd", canary)
                .redirectErrorStream(false).start();
            byte[] out = pr.getInputStream().readAllBytes();
            pr.waitFor();
            if (out.length > 0) leaks.add("cat printed " + new String(out, 0, Math.min(40, out.length)));
        } catch (Exception e) { }
        for (String l : leaks) System.out.println("LEAK: " + l);
        if (leaks.isEmpty()) System.out.println("OK");
    }
}
