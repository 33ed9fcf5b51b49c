// expect: success
/* Java: a side channel between slots through the shared read-only /usr. A
 * shared FileChannel lock (fcntl F_SETLK) and tryLock on a /usr file, and a
 * WatchService (inotify) on /usr/include, must all fail; the JVM keeps
 * running and says OK. */
import java.io.*;
import java.nio.channels.*;
import java.nio.file.*;
import java.util.*;

public class UsrLocksWatch {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        while (in.readLine() != null) { }
        List<String> leaks = new ArrayList<>();
        Path h = Paths.get("/usr/include/stdio.h");
        try (FileChannel ch = FileChannel.open(h, StandardOpenOption.READ)) {
            try {
                FileLock l = ch.tryLock(0, 1, true);
                if (l != null) {
                    leaks.add("tryLock(shared) on " + h + " succeeded");
                    l.release();
                }
            } catch (IOException e) { }
            try {
                FileLock l = ch.lock(0, 1, true);
                if (l != null) {
                    leaks.add("lock(shared) on " + h + " succeeded");
                    l.release();
                }
            } catch (IOException e) { }
        }
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            try {
                Paths.get("/usr/include").register(ws, StandardWatchEventKinds.ENTRY_MODIFY);
                leaks.add("a WatchService watches /usr/include");
            } catch (IOException e) { }
        } catch (IOException e) { }
        for (String l : leaks) System.out.println("LEAK: " + l);
        if (leaks.isEmpty()) System.out.println("OK");
    }
}
