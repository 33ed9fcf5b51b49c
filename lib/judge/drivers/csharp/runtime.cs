// ---- LiteCode runtime (drivers/csharp/runtime.cs) ----
// Pasted after the user's code: no namespace, every type is named Lc* (or is
// one LeetCode's .NET has and Mono lacks: PriorityQueue, KeyValuePair's
// Deconstruct) and library types are fully qualified, so user types cannot
// collide with it. The protocol is in lib/judge/signature.h: read all of
// stdin, per test parse the parameters from their JSON lines, call once,
// write "#LC <index> <us> <length>\n<json>\n" to fd 3.

sealed class LcParseError : System.Exception
{
    public LcParseError(string msg) : base(msg) {}
}

// JSON reading (one value per line) and writing, for the signature types.
sealed class LcJson
{
    public const int NodeCap = 1000000;
    readonly string s;
    readonly int n;
    int p;

    public LcJson(string s) { this.s = s; n = s.Length; }

    public LcParseError Err(string what)
    {
        return new LcParseError(what + " at offset " + p + " in: " + (n > 200 ? s.Substring(0, 200) + "..." : s));
    }

    void Ws()
    {
        while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' || s[p] == '\n'))
            p++;
    }

    public void End()
    {
        Ws();
        if (p != n)
            throw Err("unexpected text after the value");
    }

    // Consumes `null` when it comes next.
    public bool IsNull()
    {
        Ws();
        if (string.CompareOrdinal(s, p, "null", 0, 4) == 0) {
            p += 4;
            return true;
        }
        return false;
    }

    void Expect(char c)
    {
        Ws();
        if (p >= n || s[p] != c)
            throw Err("expected '" + c + "'");
        p++;
    }

    // '[' then: false for an empty array (']' consumed), true when an element follows.
    public bool Open()
    {
        Expect('[');
        Ws();
        if (p < n && s[p] == ']') {
            p++;
            return false;
        }
        return true;
    }

    // After an element: true on ',', false on ']'.
    public bool Next()
    {
        Ws();
        if (p < n && s[p] == ',') { p++; return true; }
        if (p < n && s[p] == ']') { p++; return false; }
        throw Err("expected ',' or ']'");
    }

    string NumberToken()
    {
        Ws();
        int st = p;
        while (p < n && ((s[p] >= '0' && s[p] <= '9') || s[p] == '-' || s[p] == '+' || s[p] == '.' ||
                         s[p] == 'e' || s[p] == 'E'))
            p++;
        if (st == p)
            throw Err("expected a number");
        return s.Substring(st, p - st);
    }

    // An integer exactly (all 64-bit values); 1e3 or 2.0 are accepted when integral.
    public long RLong()
    {
        string t = NumberToken();
        long v;
        if (long.TryParse(t, System.Globalization.NumberStyles.AllowLeadingSign,
                          System.Globalization.CultureInfo.InvariantCulture, out v))
            return v;
        decimal d;
        if (decimal.TryParse(t, System.Globalization.NumberStyles.Float,
                             System.Globalization.CultureInfo.InvariantCulture, out d) &&
            d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
            return (long)d;
        throw Err("not a 64-bit integer: " + t);
    }

    public int RInt()
    {
        long v = RLong();
        if (v < int.MinValue || v > int.MaxValue)
            throw Err("integer out of the 32-bit range");
        return (int)v;
    }

    public double RDouble()
    {
        string t = NumberToken();
        double v;
        if (!double.TryParse(t, System.Globalization.NumberStyles.Float,
                             System.Globalization.CultureInfo.InvariantCulture, out v))
            throw Err("bad number " + t);
        return v;
    }

    public bool RBool()
    {
        Ws();
        if (string.CompareOrdinal(s, p, "true", 0, 4) == 0) { p += 4; return true; }
        if (string.CompareOrdinal(s, p, "false", 0, 5) == 0) { p += 5; return false; }
        throw Err("expected true or false");
    }

    // A JSON string or null; \u escapes give UTF-16 units (a surrogate pair
    // written as two escapes becomes the one character it encodes).
    public string RString()
    {
        if (IsNull())
            return null;
        Expect('"');
        var b = new System.Text.StringBuilder();
        while (p < n) {
            char c = s[p++];
            if (c == '"')
                return b.ToString();
            if (c != '\\') {
                b.Append(c);
                continue;
            }
            if (p >= n)
                break;
            char e = s[p++];
            switch (e) {
            case '"': b.Append('"'); break;
            case '\\': b.Append('\\'); break;
            case '/': b.Append('/'); break;
            case 'b': b.Append('\b'); break;
            case 'f': b.Append('\f'); break;
            case 'n': b.Append('\n'); break;
            case 'r': b.Append('\r'); break;
            case 't': b.Append('\t'); break;
            case 'u':
                int u;
                if (p + 4 > n || !int.TryParse(s.Substring(p, 4), System.Globalization.NumberStyles.AllowHexSpecifier,
                                               System.Globalization.CultureInfo.InvariantCulture, out u))
                    throw Err("bad \\u escape");
                p += 4;
                b.Append((char)u);
                break;
            default: throw Err("bad escape \\" + e);
            }
        }
        throw Err("unterminated string");
    }

    public char RChar()
    {
        int at = p;
        string v = RString();
        if (v == null || v.Length != 1) {
            p = at;
            throw Err("expected a one-character string");
        }
        return v[0];
    }

    public System.Collections.Generic.List<T> RList<T>(System.Func<T> elem)
    {
        if (IsNull())
            return null;
        var a = new System.Collections.Generic.List<T>();
        if (Open())
            do {
                a.Add(elem());
            } while (Next());
        return a;
    }

    public T[] RArr<T>(System.Func<T> elem)
    {
        var l = RList(elem);
        return l == null ? null : l.ToArray();
    }

    // ---- writing: every value the signature types allow (arrays and lists nest) ----
    const string Hex = "0123456789abcdef";

    static void WUnit(System.Text.StringBuilder b, string v, ref int k)
    {
        char c = v[k];
        switch (c) {
        case '"': b.Append("\\\""); return;
        case '\\': b.Append("\\\\"); return;
        case '\n': b.Append("\\n"); return;
        case '\r': b.Append("\\r"); return;
        case '\t': b.Append("\\t"); return;
        case '\b': b.Append("\\b"); return;
        case '\f': b.Append("\\f"); return;
        }
        if (c < 0x20 || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && k + 1 < v.Length &&
                                                     char.IsLowSurrogate(v[k + 1])))) {
            // a control character, or a lone half of a surrogate pair: an escape
            b.Append("\\u").Append(Hex[c >> 12 & 15]).Append(Hex[c >> 8 & 15]).Append(Hex[c >> 4 & 15])
                .Append(Hex[c & 15]);
            return;
        }
        b.Append(c);
        if (char.IsHighSurrogate(c))
            b.Append(v[++k]);
    }

    static void WString(System.Text.StringBuilder b, string v)
    {
        b.Append('"');
        for (int k = 0; k < v.Length; k++)
            WUnit(b, v, ref k);
        b.Append('"');
    }

    public static void W(System.Text.StringBuilder b, object v)
    {
        if (v == null) {
            b.Append("null");
        } else if (v is int || v is long) {
            b.Append(System.Convert.ToInt64(v).ToString(System.Globalization.CultureInfo.InvariantCulture));
        } else if (v is double) {
            double d = (double)v;
            if (double.IsNaN(d) || double.IsInfinity(d))
                b.Append("\"<invalid: nan>\"");
            else
                b.Append(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        } else if (v is bool) {
            b.Append((bool)v ? "true" : "false");
        } else if (v is string) {
            WString(b, (string)v);
        } else if (v is char) {
            WString(b, ((char)v).ToString());
        } else if (v is System.Collections.IEnumerable) {
            b.Append('[');
            bool first = true;
            foreach (object x in (System.Collections.IEnumerable)v) {
                if (!first)
                    b.Append(',');
                first = false;
                W(b, x);
            }
            b.Append(']');
        } else {
            b.Append("\"<invalid: " + v.GetType().Name + ">\"");
        }
    }
}

//<lc:list> (left out when the signature has no ListNode)
static class LcList
{
    public static ListNode R(LcJson j)
    {
        if (j.IsNull())
            return null;
        ListNode head = null, tail = null;
        if (j.Open())
            do {
                var node = new ListNode(j.RInt());
                if (tail == null)
                    head = node;
                else
                    tail.next = node;
                tail = node;
            } while (j.Next());
        return head;
    }

    public static void W(System.Text.StringBuilder b, ListNode v)
    {
        int start = b.Length, count = 0;
        b.Append('[');
        for (ListNode t = v; t != null; t = t.next) {
            if (++count > LcJson.NodeCap) {
                b.Length = start;
                b.Append("\"<invalid: list too long or cyclic>\"");
                return;
            }
            if (count > 1)
                b.Append(',');
            b.Append(t.val);
        }
        b.Append(']');
    }
}
//</lc:list>

//<lc:tree> (left out when the signature has no TreeNode)
static class LcTree
{
    // LeetCode's level order: children are listed for non-null nodes only.
    public static TreeNode R(LcJson j)
    {
        if (j.IsNull())
            return null;
        var nodes = j.RList(() => j.IsNull() ? null : new TreeNode(j.RInt()));
        int cnt = nodes.Count;
        if (cnt == 0 || nodes[0] == null) {
            if (cnt > 1)
                throw j.Err("values after a null root");
            return null;
        }
        int parent = 0;
        for (int i = 1; i < cnt;) {
            while (parent < i && nodes[parent] == null)
                parent++;
            if (parent >= i)
                throw j.Err("a value without a parent in the level order");
            TreeNode t = nodes[parent++];
            t.left = nodes[i++];
            if (i < cnt)
                t.right = nodes[i++];
        }
        return nodes[0];
    }

    public static void W(System.Text.StringBuilder b, TreeNode v)
    {
        int start = b.Length;
        b.Append('[');
        int keep = b.Length, count = 0; // keep: just after the last non-null value
        var q = new System.Collections.Generic.List<TreeNode>();
        if (v != null)
            q.Add(v);
        for (int h = 0; h < q.Count; h++) {
            TreeNode t = q[h];
            q[h] = null;
            if (h > 0)
                b.Append(',');
            if (t == null) {
                b.Append("null");
                continue;
            }
            if (++count > LcJson.NodeCap) {
                b.Length = start;
                b.Append("\"<invalid: tree too large or cyclic>\"");
                return;
            }
            b.Append(t.val);
            keep = b.Length;
            q.Add(t.left);
            q.Add(t.right);
        }
        b.Length = keep;
        b.Append(']');
    }
}
//</lc:tree>

// stdin, stdout and the answer channel on fd 3.
static class LcIO
{
    [System.Runtime.InteropServices.DllImport("libc.so.6")]
    static extern System.IntPtr write(int fd, byte[] buf, System.IntPtr n);

    static string[] lines;
    static int nparams;
    static System.IO.StreamWriter stdout;
    static System.Text.StringBuilder sb = new System.Text.StringBuilder(1 << 12);
    static readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();

    static void Die(string msg)
    {
        System.Console.Error.WriteLine("litecode driver: " + msg);
        System.Console.Error.Flush();
        System.Environment.Exit(3);
    }

    // Reads all of stdin, leaves an empty Console.In; returns T.
    public static int Begin(int np)
    {
        nparams = np;
        string text;
        using (var r = new System.IO.StreamReader(System.Console.OpenStandardInput(), new System.Text.UTF8Encoding(false)))
            text = r.ReadToEnd();
        System.Console.SetIn(new System.IO.StringReader(""));
        stdout = new System.IO.StreamWriter(System.Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
        stdout.AutoFlush = false;
        System.Console.SetOut(stdout);
        var ls = text.Split('\n');
        int count = ls.Length;
        if (count > 0 && ls[count - 1].Length == 0)
            count--;
        for (int k = 0; k < count; k++)
            if (ls[k].EndsWith("\r"))
                ls[k] = ls[k].Substring(0, ls[k].Length - 1);
        if (count == 0)
            Die("empty input");
        int t;
        if (!int.TryParse(ls[0].Trim(), out t))
            Die("bad test count: " + ls[0]);
        if (t < 0 || (long)t * np > count - 1)
            Die("the input has fewer lines than " + t + " tests of " + np + " parameters");
        lines = ls;
        return t;
    }

    // Parameter k of test i (each line is handed out once).
    public static LcJson Line(int i, int k)
    {
        int at = 1 + i * nparams + k;
        string l = lines[at];
        lines[at] = null;
        return new LcJson(l);
    }

    public static void ParseFail(int i, LcParseError x)
    {
        Die("test " + i + ": bad input: " + x.Message);
    }

    public static long Now()
    {
        return clock.ElapsedTicks;
    }

    // An exception out of user code: a runtime error, as on LeetCode.
    public static void Crash(System.Exception x)
    {
        stdout.Flush();
        System.Console.Error.WriteLine("Unhandled Exception:");
        System.Console.Error.WriteLine(x.ToString());
        System.Console.Error.Flush();
        System.Environment.Exit(1);
    }

    public static System.Text.StringBuilder Buf()
    {
        if (sb.Capacity > 1 << 22)
            sb = new System.Text.StringBuilder(1 << 12); // let a huge answer's buffer go
        sb.Length = 0;
        return sb;
    }

    public static void Frame(int i, long ticks, System.Text.StringBuilder json)
    {
        byte[] body = System.Text.Encoding.UTF8.GetBytes(json.ToString());
        json.Length = 0;
        long us = (long)(ticks * (1e6 / System.Diagnostics.Stopwatch.Frequency));
        byte[] head = System.Text.Encoding.ASCII.GetBytes("#LC " + i + " " + us + " " + body.Length + "\n");
        byte[] all = new byte[head.Length + body.Length + 1];
        System.Buffer.BlockCopy(head, 0, all, 0, head.Length);
        System.Buffer.BlockCopy(body, 0, all, head.Length, body.Length);
        all[all.Length - 1] = (byte)'\n';
        int off = 0;
        while (off < all.Length) {
            byte[] rest = off == 0 ? all : new byte[all.Length - off];
            if (off > 0)
                System.Buffer.BlockCopy(all, off, rest, 0, rest.Length);
            long w = (long)write(3, rest, (System.IntPtr)rest.Length);
            if (w <= 0)
                Die("cannot write to fd 3");
            off += (int)w;
        }
        stdout.Flush();
    }

    public static void End()
    {
        stdout.Flush();
        System.Console.Error.Flush();
        System.Environment.Exit(0);
    }
}

//<lc:pq> (left out when the user's code declares its own PriorityQueue)
// .NET 6's PriorityQueue<TElement, TPriority> (a min-heap on the priority),
// which LeetCode's C# has and Mono's library lacks; without the members that
// take (element, priority) tuples (mcs 6.8 cannot convert generic tuples).
public class PriorityQueue<TElement, TPriority>
{
    struct LcItem
    {
        public TElement E;
        public TPriority P;
    }

    LcItem[] lc_h = new LcItem[16];
    int lc_n;
    readonly System.Collections.Generic.IComparer<TPriority> lc_c;

    public PriorityQueue() : this((System.Collections.Generic.IComparer<TPriority>)null) {}
    public PriorityQueue(int initialCapacity) : this((System.Collections.Generic.IComparer<TPriority>)null) {}
    public PriorityQueue(System.Collections.Generic.IComparer<TPriority> comparer)
    {
        lc_c = comparer ?? System.Collections.Generic.Comparer<TPriority>.Default;
    }
    public PriorityQueue(int initialCapacity, System.Collections.Generic.IComparer<TPriority> comparer) : this(comparer) {}

    public int Count { get { return lc_n; } }
    public System.Collections.Generic.IComparer<TPriority> Comparer { get { return lc_c; } }

    bool Less(int a, int b) { return lc_c.Compare(lc_h[a].P, lc_h[b].P) < 0; }

    void Swap(int a, int b) { LcItem t = lc_h[a]; lc_h[a] = lc_h[b]; lc_h[b] = t; }

    void Up(int k)
    {
        while (k > 0 && Less(k, (k - 1) / 2)) {
            Swap(k, (k - 1) / 2);
            k = (k - 1) / 2;
        }
    }

    void Down(int k)
    {
        for (;;) {
            int l = 2 * k + 1, m = k;
            if (l < lc_n && Less(l, m)) m = l;
            if (l + 1 < lc_n && Less(l + 1, m)) m = l + 1;
            if (m == k) return;
            Swap(k, m);
            k = m;
        }
    }

    public void Enqueue(TElement element, TPriority priority)
    {
        if (lc_n == lc_h.Length)
            System.Array.Resize(ref lc_h, lc_n * 2);
        lc_h[lc_n].E = element;
        lc_h[lc_n].P = priority;
        Up(lc_n++);
    }

    public void EnqueueRange(System.Collections.Generic.IEnumerable<TElement> elements, TPriority priority)
    {
        foreach (var x in elements)
            Enqueue(x, priority);
    }

    public TElement Peek()
    {
        if (lc_n == 0)
            throw new System.InvalidOperationException("Queue empty.");
        return lc_h[0].E;
    }

    public bool TryPeek(out TElement element, out TPriority priority)
    {
        if (lc_n == 0) {
            element = default(TElement);
            priority = default(TPriority);
            return false;
        }
        element = lc_h[0].E;
        priority = lc_h[0].P;
        return true;
    }

    public TElement Dequeue()
    {
        TElement e;
        TPriority p;
        if (!TryDequeue(out e, out p))
            throw new System.InvalidOperationException("Queue empty.");
        return e;
    }

    public bool TryDequeue(out TElement element, out TPriority priority)
    {
        if (!TryPeek(out element, out priority))
            return false;
        lc_h[0] = lc_h[--lc_n];
        lc_h[lc_n] = default(LcItem);
        Down(0);
        return true;
    }

    public TElement EnqueueDequeue(TElement element, TPriority priority)
    {
        if (lc_n == 0 || lc_c.Compare(priority, lc_h[0].P) <= 0)
            return element;
        TElement top = lc_h[0].E;
        lc_h[0].E = element;
        lc_h[0].P = priority;
        Down(0);
        return top;
    }

    public TElement DequeueEnqueue(TElement element, TPriority priority)
    {
        TElement top = Peek();
        lc_h[0].E = element;
        lc_h[0].P = priority;
        Down(0);
        return top;
    }

    public void Clear()
    {
        System.Array.Clear(lc_h, 0, lc_n);
        lc_n = 0;
    }
}
//</lc:pq>

// `foreach (var (k, v) in dictionary)` (.NET Core 2.0's KeyValuePair.Deconstruct).
static class LcKeyValuePair
{
    public static void Deconstruct<TKey, TValue>(this System.Collections.Generic.KeyValuePair<TKey, TValue> p,
                                                 out TKey key, out TValue value)
    {
        key = p.Key;
        value = p.Value;
    }
}
