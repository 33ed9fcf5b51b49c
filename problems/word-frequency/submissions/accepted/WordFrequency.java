import java.io.*;
import java.util.*;

public class WordFrequency {
    public static void main(String[] args) throws IOException {
        byte[] text = System.in.readAllBytes();
        HashMap<String, Integer> counts = new HashMap<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= text.length; i++) {
            char c = i < text.length ? (char) text[i] : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                counts.merge(cur.toString(), 1, Integer::sum);
                cur.setLength(0);
            }
        }
        List<Map.Entry<String, Integer>> items = new ArrayList<>(counts.entrySet());
        items.sort((a, b) -> !a.getValue().equals(b.getValue())
                ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Integer> e : items) {
            out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        PrintWriter pw = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        pw.print(out);
        pw.flush();
    }
}
