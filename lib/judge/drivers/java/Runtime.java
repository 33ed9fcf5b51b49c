// ---- LiteCode runtime (drivers/java/Runtime.java) ----
// Pasted after the user's code: no package, no imports, no public class; every
// class is named Lc* and library types are fully qualified, so user classes
// (a List, a Node, a Pair...) cannot collide with it. The protocol is in
// lib/judge/signature.h: read all of stdin, per test parse the parameters
// from their JSON lines, call once, write "#LC <index> <us> <length>\n<json>\n"
// to fd 3 (flushed at once).

final class LcParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LcParseError(String msg)
    {
        super(msg, null, false, false);
    }
}

// JSON reading (one value per line) and writing, for the signature types.
final class LcJson {
    static final int NODE_CAP = 1000000;

    private final String s;
    private final int n;
    private int p;

    LcJson(String s)
    {
        this.s = s;
        this.n = s.length();
    }

    LcParseError err(String what)
    {
        String shown = n > 200 ? s.substring(0, 200) + "..." : s;
        return new LcParseError(what + " at offset " + p + " in: " + shown);
    }

    void ws()
    {
        while (p < n) {
            char c = s.charAt(p);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                p++;
            else
                break;
        }
    }

    boolean peek(char c)
    {
        ws();
        return p < n && s.charAt(p) == c;
    }

    void expect(char c)
    {
        ws();
        if (p >= n || s.charAt(p) != c)
            throw err("expected '" + c + "'");
        p++;
    }

    void end()
    {
        ws();
        if (p != n)
            throw err("unexpected text after the value");
    }

    // Consumes `null` when it comes next.
    boolean isNull()
    {
        ws();
        if (s.startsWith("null", p)) {
            p += 4;
            return true;
        }
        return false;
    }

    // '[' then: false for an empty array (']' consumed), true when an element follows.
    boolean open()
    {
        expect('[');
        if (peek(']')) {
            p++;
            return false;
        }
        return true;
    }

    // After an element: true on ',', false on ']'.
    boolean next()
    {
        ws();
        if (p < n) {
            char c = s.charAt(p);
            if (c == ',') {
                p++;
                return true;
            }
            if (c == ']') {
                p++;
                return false;
            }
        }
        throw err("expected ',' or ']'");
    }

    private static boolean digit(char c)
    {
        return c >= '0' && c <= '9';
    }

    private String numberToken()
    {
        ws();
        int st = p;
        while (p < n) {
            char c = s.charAt(p);
            if (digit(c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')
                p++;
            else
                break;
        }
        if (st == p)
            throw err("expected a number");
        return s.substring(st, p);
    }

    // An integer exactly (all 64-bit values); 1e3 or 2.0 are accepted when integral.
    long rLong()
    {
        ws();
        int st = p;
        boolean neg = false;
        if (p < n && s.charAt(p) == '-') {
            neg = true;
            p++;
        }
        int ds = p;
        long v = 0; // accumulated negatively: Long.MIN_VALUE fits
        boolean overflow = false;
        while (p < n && digit(s.charAt(p))) {
            int d = s.charAt(p) - '0';
            if (!overflow) {
                if (v < (Long.MIN_VALUE + d) / 10)
                    overflow = true;
                else
                    v = v * 10 - d;
            }
            p++;
        }
        if (p == ds)
            throw err("expected an integer");
        if (p < n && (s.charAt(p) == '.' || s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            p = st;
            String t = numberToken();
            try {
                return new java.math.BigDecimal(t).longValueExact();
            } catch (ArithmeticException | NumberFormatException x) {
                throw err("not a 64-bit integer: " + t);
            }
        }
        if (overflow || (!neg && v == Long.MIN_VALUE))
            throw err("integer out of the 64-bit range");
        return neg ? v : -v;
    }

    int rInt()
    {
        long v = rLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)
            throw err("integer out of the 32-bit range");
        return (int)v;
    }

    private double rDouble()
    {
        String t = numberToken();
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException x) {
            throw err("bad number " + t);
        }
    }

    private boolean rBool()
    {
        ws();
        if (s.startsWith("true", p)) {
            p += 4;
            return true;
        }
        if (s.startsWith("false", p)) {
            p += 5;
            return false;
        }
        throw err("expected true or false");
    }

    private int hex4()
    {
        if (p + 4 > n)
            throw err("short \\u escape");
        int v = 0;
        for (int k = 0; k < 4; k++) {
            char c = s.charAt(p++);
            int d = Character.digit(c, 16);
            if (d < 0)
                throw err("bad \\u escape");
            v = v * 16 + d;
        }
        return v;
    }

    // A JSON string or null. Escapes (backslash u XXXX) give UTF-16 units: a surrogate
    // pair written as two escapes becomes the one character it encodes.
    private String rString()
    {
        if (isNull())
            return null;
        expect('"');
        int st = p;
        while (p < n) {
            char c = s.charAt(p);
            if (c == '"') {
                p++;
                return s.substring(st, p - 1);
            }
            if (c == '\\')
                break;
            p++;
        }
        StringBuilder b = new StringBuilder(p - st + 16);
        b.append(s, st, p);
        while (p < n) {
            char c = s.charAt(p++);
            if (c == '"')
                return b.toString();
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (p >= n)
                break;
            char e = s.charAt(p++);
            switch (e) {
            case '"': b.append('"'); break;
            case '\\': b.append('\\'); break;
            case '/': b.append('/'); break;
            case 'b': b.append('\b'); break;
            case 'f': b.append('\f'); break;
            case 'n': b.append('\n'); break;
            case 'r': b.append('\r'); break;
            case 't': b.append('\t'); break;
            case 'u': b.append((char)hex4()); break;
            default: throw err("bad escape \\" + e);
            }
        }
        throw err("unterminated string");
    }

    private char rChar()
    {
        int at = p;
        String v = rString();
        if (v == null || v.length() != 1) {
            p = at;
            throw err("expected a one-character string");
        }
        return v.charAt(0);
    }

    private int[] rIntArr()
    {
        if (isNull())
            return null;
        int[] a = new int[8];
        int k = 0;
        if (open())
            do {
                if (k == a.length)
                    a = java.util.Arrays.copyOf(a, k * 2);
                a[k++] = rInt();
            } while (next());
        return java.util.Arrays.copyOf(a, k);
    }

    private long[] rLongArr()
    {
        if (isNull())
            return null;
        long[] a = new long[8];
        int k = 0;
        if (open())
            do {
                if (k == a.length)
                    a = java.util.Arrays.copyOf(a, k * 2);
                a[k++] = rLong();
            } while (next());
        return java.util.Arrays.copyOf(a, k);
    }

    private double[] rDoubleArr()
    {
        if (isNull())
            return null;
        double[] a = new double[8];
        int k = 0;
        if (open())
            do {
                if (k == a.length)
                    a = java.util.Arrays.copyOf(a, k * 2);
                a[k++] = rDouble();
            } while (next());
        return java.util.Arrays.copyOf(a, k);
    }

    private boolean[] rBoolArr()
    {
        if (isNull())
            return null;
        boolean[] a = new boolean[8];
        int k = 0;
        if (open())
            do {
                if (k == a.length)
                    a = java.util.Arrays.copyOf(a, k * 2);
                a[k++] = rBool();
            } while (next());
        return java.util.Arrays.copyOf(a, k);
    }

    private char[] rCharArr()
    {
        if (isNull())
            return null;
        char[] a = new char[8];
        int k = 0;
        if (open())
            do {
                if (k == a.length)
                    a = java.util.Arrays.copyOf(a, k * 2);
                a[k++] = rChar();
            } while (next());
        return java.util.Arrays.copyOf(a, k);
    }

    private String[] rStringArr()
    {
        if (isNull())
            return null;
        java.util.ArrayList<String> a = new java.util.ArrayList<>();
        if (open())
            do {
                a.add(rString());
            } while (next());
        return a.toArray(new String[0]);
    }

    private java.util.List<String> rStringList()
    {
        if (isNull())
            return null;
        java.util.ArrayList<String> a = new java.util.ArrayList<>();
        if (open())
            do {
                a.add(rString());
            } while (next());
        return a;
    }

    private java.util.List<Integer> rIntList()
    {
        if (isNull())
            return null;
        java.util.ArrayList<Integer> a = new java.util.ArrayList<>();
        if (open())
            do {
                a.add(rInt());
            } while (next());
        return a;
    }

    private java.util.List<java.util.List<Integer>> rIntList2()
    {
        if (isNull())
            return null;
        java.util.ArrayList<java.util.List<Integer>> a = new java.util.ArrayList<>();
        if (open())
            do {
                a.add(rIntList());
            } while (next());
        return a;
    }

    private int[][] rIntArr2()
    {
        if (isNull())
            return null;
        java.util.ArrayList<int[]> a = new java.util.ArrayList<>();
        if (open())
            do {
                a.add(rIntArr());
            } while (next());
        return a.toArray(new int[0][]);
    }

    private char[][] rCharArr2()
    {
        if (isNull())
            return null;
        java.util.ArrayList<char[]> a = new java.util.ArrayList<>();
        if (open())
            do {
                a.add(rCharArr());
            } while (next());
        return a.toArray(new char[0][]);
    }

    private java.util.List<java.util.List<String>> rStringList2()
    {
        if (isNull())
            return null;
        java.util.ArrayList<java.util.List<String>> a = new java.util.ArrayList<>();
        if (open())
            do {
                a.add(rStringList());
            } while (next());
        return a;
    }

    // ---- one line -> one argument ----
    static int pInt(String l) { LcJson j = new LcJson(l); int v = j.rInt(); j.end(); return v; }
    static long pLong(String l) { LcJson j = new LcJson(l); long v = j.rLong(); j.end(); return v; }
    static double pDouble(String l) { LcJson j = new LcJson(l); double v = j.rDouble(); j.end(); return v; }
    static boolean pBool(String l) { LcJson j = new LcJson(l); boolean v = j.rBool(); j.end(); return v; }
    static String pString(String l) { LcJson j = new LcJson(l); String v = j.rString(); j.end(); return v; }
    static char pChar(String l) { LcJson j = new LcJson(l); char v = j.rChar(); j.end(); return v; }
    static int[] pIntArr(String l) { LcJson j = new LcJson(l); int[] v = j.rIntArr(); j.end(); return v; }
    static long[] pLongArr(String l) { LcJson j = new LcJson(l); long[] v = j.rLongArr(); j.end(); return v; }
    static double[] pDoubleArr(String l) { LcJson j = new LcJson(l); double[] v = j.rDoubleArr(); j.end(); return v; }
    static boolean[] pBoolArr(String l) { LcJson j = new LcJson(l); boolean[] v = j.rBoolArr(); j.end(); return v; }
    static String[] pStringArr(String l) { LcJson j = new LcJson(l); String[] v = j.rStringArr(); j.end(); return v; }
    static char[] pCharArr(String l) { LcJson j = new LcJson(l); char[] v = j.rCharArr(); j.end(); return v; }
    static java.util.List<Integer> pIntList(String l) { LcJson j = new LcJson(l); java.util.List<Integer> v = j.rIntList(); j.end(); return v; }
    static java.util.List<String> pStringList(String l) { LcJson j = new LcJson(l); java.util.List<String> v = j.rStringList(); j.end(); return v; }
    static java.util.List<java.util.List<Integer>> pIntList2(String l) { LcJson j = new LcJson(l); java.util.List<java.util.List<Integer>> v = j.rIntList2(); j.end(); return v; }
    static int[][] pIntArr2(String l) { LcJson j = new LcJson(l); int[][] v = j.rIntArr2(); j.end(); return v; }
    static java.util.List<java.util.List<String>> pStringList2(String l) { LcJson j = new LcJson(l); java.util.List<java.util.List<String>> v = j.rStringList2(); j.end(); return v; }
    static char[][] pCharArr2(String l) { LcJson j = new LcJson(l); char[][] v = j.rCharArr2(); j.end(); return v; }

    // ---- writers ----
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void esc(StringBuilder b, char c)
    {
        b.append("\\u00").append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
    }

    private static void escUnit(StringBuilder b, char c)
    {
        b.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
            .append(HEX[c & 15]);
    }

    // One UTF-16 unit c (next: the unit after it, 0 when none); returns the
    // units consumed: 2 for a surrogate pair, written as is (UTF-8 later).
    private static int wUnit(StringBuilder b, char c, char next)
    {
        switch (c) {
        case '"': b.append("\\\""); return 1;
        case '\\': b.append("\\\\"); return 1;
        case '\n': b.append("\\n"); return 1;
        case '\r': b.append("\\r"); return 1;
        case '\t': b.append("\\t"); return 1;
        case '\b': b.append("\\b"); return 1;
        case '\f': b.append("\\f"); return 1;
        default: break;
        }
        if (c < 0x20) {
            esc(b, c);
            return 1;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                b.append(c).append(next);
                return 2;
            }
            escUnit(b, c); // a lone half: kept as an escape
            return 1;
        }
        b.append(c);
        return 1;
    }

    static void wString(StringBuilder b, String v)
    {
        if (v == null) {
            b.append("null");
            return;
        }
        b.append('"');
        int len = v.length();
        for (int k = 0; k < len;)
            k += wUnit(b, v.charAt(k), k + 1 < len ? v.charAt(k + 1) : (char)0);
        b.append('"');
    }

    static void wChar(StringBuilder b, char v)
    {
        b.append('"');
        wUnit(b, v, (char)0);
        b.append('"');
    }

    static void wInt(StringBuilder b, int v) { b.append(v); }
    static void wLong(StringBuilder b, long v) { b.append(v); }
    static void wBool(StringBuilder b, boolean v) { b.append(v ? "true" : "false"); }

    static void wDouble(StringBuilder b, double v)
    {
        if (Double.isNaN(v) || Double.isInfinite(v))
            b.append("\"<invalid: nan>\"");
        else
            b.append(Double.toString(v)); // shortest round-trip form, e.g. 1.0E300
    }

    static void wIntArr(StringBuilder b, int[] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            b.append(v[k]);
        }
        b.append(']');
    }

    static void wLongArr(StringBuilder b, long[] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            b.append(v[k]);
        }
        b.append(']');
    }

    static void wDoubleArr(StringBuilder b, double[] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            wDouble(b, v[k]);
        }
        b.append(']');
    }

    static void wBoolArr(StringBuilder b, boolean[] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            wBool(b, v[k]);
        }
        b.append(']');
    }

    static void wCharArr(StringBuilder b, char[] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            wChar(b, v[k]);
        }
        b.append(']');
    }

    static void wStringArr(StringBuilder b, String[] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            wString(b, v[k]);
        }
        b.append(']');
    }

    static void wIntArr2(StringBuilder b, int[][] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            wIntArr(b, v[k]);
        }
        b.append(']');
    }

    static void wCharArr2(StringBuilder b, char[][] v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        for (int k = 0; k < v.length; k++) {
            if (k > 0) b.append(',');
            wCharArr(b, v[k]);
        }
        b.append(']');
    }

    static void wIntList(StringBuilder b, java.util.List<Integer> v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        boolean first = true;
        for (Integer x : v) {
            if (!first) b.append(',');
            first = false;
            if (x == null) b.append("null"); else b.append(x.intValue());
        }
        b.append(']');
    }

    static void wStringList(StringBuilder b, java.util.List<String> v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        boolean first = true;
        for (String x : v) {
            if (!first) b.append(',');
            first = false;
            wString(b, x);
        }
        b.append(']');
    }

    static void wIntList2(StringBuilder b, java.util.List<java.util.List<Integer>> v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        boolean first = true;
        for (java.util.List<Integer> row : v) {
            if (!first) b.append(',');
            first = false;
            wIntList(b, row);
        }
        b.append(']');
    }

    static void wStringList2(StringBuilder b, java.util.List<java.util.List<String>> v)
    {
        if (v == null) { b.append("null"); return; }
        b.append('[');
        boolean first = true;
        for (java.util.List<String> row : v) {
            if (!first) b.append(',');
            first = false;
            if (row == null) { b.append("null"); continue; }
            b.append('[');
            boolean f2 = true;
            for (String x : row) {
                if (!f2) b.append(',');
                f2 = false;
                wString(b, x);
            }
            b.append(']');
        }
        b.append(']');
    }
}

//<lc:list> (left out when the signature has no ListNode)
final class LcList {
    private static ListNode r(LcJson j)
    {
        if (j.isNull())
            return null;
        ListNode head = null, tail = null;
        if (j.open())
            do {
                ListNode node = new ListNode(j.rInt());
                if (tail == null)
                    head = node;
                else
                    tail.next = node;
                tail = node;
            } while (j.next());
        return head;
    }

    static ListNode p(String l) { LcJson j = new LcJson(l); ListNode v = r(j); j.end(); return v; }

    static void w(StringBuilder b, ListNode v)
    {
        int start = b.length();
        b.append('[');
        int count = 0;
        for (ListNode t = v; t != null; t = t.next) {
            if (++count > LcJson.NODE_CAP) {
                b.setLength(start);
                b.append("\"<invalid: list too long or cyclic>\"");
                return;
            }
            if (count > 1) b.append(',');
            b.append(t.val);
        }
        b.append(']');
    }
}
//</lc:list>

//<lc:tree> (left out when the signature has no TreeNode)
final class LcTree {
    // LeetCode's level order: children are listed for non-null nodes only.
    private static TreeNode r(LcJson j)
    {
        if (j.isNull())
            return null;
        java.util.ArrayList<TreeNode> nodes = new java.util.ArrayList<>();
        if (j.open())
            do {
                nodes.add(j.isNull() ? null : new TreeNode(j.rInt()));
            } while (j.next());
        int cnt = nodes.size();
        if (cnt == 0 || nodes.get(0) == null) {
            if (cnt > 1)
                throw j.err("values after a null root");
            return null;
        }
        int parent = 0;
        for (int i = 1; i < cnt;) {
            while (parent < i && nodes.get(parent) == null)
                parent++;
            if (parent >= i)
                throw j.err("a value without a parent in the level order");
            TreeNode t = nodes.get(parent++);
            t.left = nodes.get(i++);
            if (i < cnt)
                t.right = nodes.get(i++);
        }
        return nodes.get(0);
    }

    static TreeNode p(String l) { LcJson j = new LcJson(l); TreeNode v = r(j); j.end(); return v; }

    static void w(StringBuilder b, TreeNode v)
    {
        int start = b.length();
        b.append('[');
        int keep = b.length(); // just after the last non-null value
        java.util.ArrayList<TreeNode> q = new java.util.ArrayList<>();
        if (v != null)
            q.add(v);
        int count = 0;
        for (int h = 0; h < q.size(); h++) {
            TreeNode t = q.get(h);
            q.set(h, null);
            if (h > 0) b.append(',');
            if (t == null) {
                b.append("null");
                continue;
            }
            if (++count > LcJson.NODE_CAP) {
                b.setLength(start);
                b.append("\"<invalid: tree too large or cyclic>\"");
                return;
            }
            b.append(t.val);
            keep = b.length();
            q.add(t.left);
            q.add(t.right);
        }
        b.setLength(keep);
        b.append(']');
    }
}
//</lc:tree>

// stdin, stdout and the answer channel on fd 3.
final class LcIO {
    private static String[] lines;
    private static int nparams;
    private static java.io.PrintStream out;
    private static java.io.FileOutputStream chan;
    private static StringBuilder sb = new StringBuilder(1 << 12);

    private static void die(String msg)
    {
        System.err.println("litecode driver: " + msg);
        System.err.flush();
        System.exit(3);
    }

    // Reads all of stdin, leaves an empty System.in, opens fd 3; returns T.
    static int begin(int np)
    {
        nparams = np;
        byte[] all;
        try {
            all = System.in.readAllBytes();
        } catch (java.io.IOException x) {
            die("cannot read stdin: " + x);
            return 0;
        }
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        out = new java.io.PrintStream(
            new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16),
            false, java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                                              java.nio.charset.StandardCharsets.UTF_8));
        try {
            // append: frames go after whatever is in the channel already
            chan = new java.io.FileOutputStream("/dev/fd/3", true);
        } catch (java.io.IOException x) {
            die("cannot open fd 3: " + x);
        }
        String text = new String(all, java.nio.charset.StandardCharsets.UTF_8);
        java.util.ArrayList<String> ls = new java.util.ArrayList<>();
        int st = 0, len = text.length();
        while (st < len) {
            int nl = text.indexOf('\n', st);
            int e = nl < 0 ? len : nl;
            int e2 = e > st && text.charAt(e - 1) == '\r' ? e - 1 : e;
            ls.add(text.substring(st, e2));
            st = e + 1;
        }
        if (ls.isEmpty())
            die("empty input");
        int t = 0;
        try {
            t = Integer.parseInt(ls.get(0).trim());
        } catch (NumberFormatException x) {
            die("bad test count: " + ls.get(0));
        }
        if (t < 0 || (long)t * np > ls.size() - 1)
            die("the input has fewer lines than " + t + " tests of " + np + " parameters");
        lines = ls.toArray(new String[0]);
        return t;
    }

    // Parameter j of test i (each line is handed out once).
    static String line(int i, int j)
    {
        int k = 1 + i * nparams + j;
        String l = lines[k];
        lines[k] = null;
        return l;
    }

    static void parseFail(int i, LcParseError x)
    {
        die("test " + i + ": bad input: " + x.getMessage());
    }

    // Uncaught exception in user code: a runtime error, as on LeetCode.
    static void crash(Throwable x)
    {
        System.out.flush();
        out.flush();
        x.printStackTrace();
        System.err.flush();
        System.exit(1);
    }

    static StringBuilder buf()
    {
        if (sb.capacity() > 1 << 22)
            sb = new StringBuilder(1 << 12); // let a huge answer's buffer go
        sb.setLength(0);
        return sb;
    }

    static void frame(int i, long ns, StringBuilder json)
    {
        byte[] body = json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        json.setLength(0);
        // (StringBuilder, not +: string concatenation bootstraps invokedynamic at startup)
        byte[] head = new StringBuilder(48).append("#LC ").append(i).append(' ').append(ns / 1000)
                          .append(' ').append(body.length).append('\n').toString()
                          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length + 1];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        all[all.length - 1] = '\n';
        try {
            chan.write(all);
            chan.flush();
        } catch (java.io.IOException x) {
            die("cannot write to fd 3: " + x);
        }
        System.out.flush();
        out.flush();
    }

    static void end()
    {
        System.out.flush();
        out.flush();
        System.err.flush();
        System.exit(0);
    }
}
