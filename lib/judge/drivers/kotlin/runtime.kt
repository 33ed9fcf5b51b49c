// ---- LiteCode runtime (drivers/kotlin/runtime.kt) ----
// Pasted after the user's code, in the same file: every declaration is named
// Lc* or lc* and library types are fully qualified, so user code cannot
// collide with it. The protocol is in lib/judge/signature.h: read all of
// stdin, per test parse the parameters from their JSON lines, call once,
// write "#LC <index> <us> <length>\n<json>\n" to fd 3.

class LcParseError(msg: String) : RuntimeException(msg)

// JSON reading (one value per line) and writing, for the signature types.
class LcJson(private val s: String) {
    private var p = 0
    private val n = s.length

    fun err(what: String): LcParseError =
        LcParseError(what + " at offset " + p + " in: " + (if (n > 200) s.substring(0, 200) + "..." else s))

    private fun ws() {
        while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' || s[p] == '\n')) p++
    }

    fun end() {
        ws()
        if (p != n) throw err("unexpected text after the value")
    }

    // Consumes `null` when it comes next.
    fun isNull(): Boolean {
        ws()
        if (s.startsWith("null", p)) {
            p += 4
            return true
        }
        return false
    }

    private fun expect(c: Char) {
        ws()
        if (p >= n || s[p] != c) throw err("expected '" + c + "'")
        p++
    }

    // '[' then: false for an empty array (']' consumed), true when an element follows.
    fun open(): Boolean {
        expect('[')
        ws()
        if (p < n && s[p] == ']') {
            p++
            return false
        }
        return true
    }

    // After an element: true on ',', false on ']'.
    fun next(): Boolean {
        ws()
        if (p < n && s[p] == ',') { p++; return true }
        if (p < n && s[p] == ']') { p++; return false }
        throw err("expected ',' or ']'")
    }

    private fun numberToken(): String {
        ws()
        val st = p
        while (p < n && (s[p] in '0'..'9' || s[p] == '-' || s[p] == '+' || s[p] == '.' || s[p] == 'e' || s[p] == 'E')) p++
        if (st == p) throw err("expected a number")
        return s.substring(st, p)
    }

    // An integer exactly (all 64-bit values); 1e3 or 2.0 are accepted when integral.
    fun rLong(): Long {
        val t = numberToken()
        t.toLongOrNull()?.let { return it }
        try {
            return java.math.BigDecimal(t).longValueExact()
        } catch (x: Exception) {
            throw err("not a 64-bit integer: " + t)
        }
    }

    fun rInt(): Int {
        val v = rLong()
        if (v < Int.MIN_VALUE || v > Int.MAX_VALUE) throw err("integer out of the 32-bit range")
        return v.toInt()
    }

    fun rDouble(): Double {
        val t = numberToken()
        return t.toDoubleOrNull() ?: throw err("bad number " + t)
    }

    fun rBool(): Boolean {
        ws()
        if (s.startsWith("true", p)) { p += 4; return true }
        if (s.startsWith("false", p)) { p += 5; return false }
        throw err("expected true or false")
    }

    // A JSON string (null: the empty string); \u escapes give UTF-16 units.
    fun rString(): String {
        if (isNull()) return ""
        expect('"')
        val b = StringBuilder()
        while (p < n) {
            val c = s[p++]
            if (c == '"') return b.toString()
            if (c != '\\') {
                b.append(c)
                continue
            }
            if (p >= n) break
            when (val e = s[p++]) {
                '"' -> b.append('"')
                '\\' -> b.append('\\')
                '/' -> b.append('/')
                'b' -> b.append('\b')
                'f' -> b.append('\u000c')
                'n' -> b.append('\n')
                'r' -> b.append('\r')
                't' -> b.append('\t')
                'u' -> {
                    if (p + 4 > n) throw err("short \\u escape")
                    val u = s.substring(p, p + 4).toIntOrNull(16) ?: throw err("bad \\u escape")
                    p += 4
                    b.append(u.toChar())
                }
                else -> throw err("bad escape \\" + e)
            }
        }
        throw err("unterminated string")
    }

    fun rChar(): Char {
        val at = p
        val v = rString()
        if (v.length != 1) {
            p = at
            throw err("expected a one-character string")
        }
        return v[0]
    }

    fun <T> rList(elem: () -> T): ArrayList<T> {
        val a = ArrayList<T>()
        if (isNull()) return a
        if (open())
            do {
                a.add(elem())
            } while (next())
        return a
    }

    companion object {
        const val NODE_CAP = 1000000

        private fun wString(b: StringBuilder, v: String) {
            b.append('"')
            var k = 0
            while (k < v.length) {
                val c = v[k]
                when {
                    c == '"' -> b.append("\\\"")
                    c == '\\' -> b.append("\\\\")
                    c == '\n' -> b.append("\\n")
                    c == '\r' -> b.append("\\r")
                    c == '\t' -> b.append("\\t")
                    c == '\b' -> b.append("\\b")
                    c == '\u000c' -> b.append("\\f")
                    c.toInt() < 0x20 || (Character.isSurrogate(c) &&
                        !(Character.isHighSurrogate(c) && k + 1 < v.length && Character.isLowSurrogate(v[k + 1]))) ->
                        b.append(String.format("\\u%04x", c.toInt()))
                    Character.isHighSurrogate(c) -> { b.append(c).append(v[k + 1]); k++ }
                    else -> b.append(c)
                }
                k++
            }
            b.append('"')
        }

        private fun wSeq(b: StringBuilder, it: Iterator<Any?>) {
            b.append('[')
            var first = true
            for (x in it) {
                if (!first) b.append(',')
                first = false
                w(b, x)
            }
            b.append(']')
        }

        // Any answer the signature types allow, by its run-time type.
        fun w(b: StringBuilder, v: Any?) {
            when (v) {
                null -> b.append("null")
                is Int, is Long, is Short, is Byte -> b.append(v.toString())
                is Double -> if (v.isNaN() || v.isInfinite()) b.append("\"<invalid: nan>\"") else b.append(v.toString())
                is Float -> w(b, v.toDouble())
                is Boolean -> b.append(if (v) "true" else "false")
                is String -> wString(b, v)
                is Char -> wString(b, v.toString())
                is IntArray -> wSeq(b, v.iterator())
                is LongArray -> wSeq(b, v.iterator())
                is DoubleArray -> wSeq(b, v.iterator())
                is BooleanArray -> wSeq(b, v.iterator())
                is CharArray -> wSeq(b, v.iterator())
                is Array<*> -> wSeq(b, v.iterator())
                is Iterable<*> -> wSeq(b, v.iterator())
                else -> b.append("\"<invalid: " + v.javaClass.simpleName + ">\"")
            }
        }
    }
}

//<lc:list> (left out when the signature has no ListNode)
object LcList {
    fun r(j: LcJson): ListNode? {
        if (j.isNull()) return null
        var head: ListNode? = null
        var tail: ListNode? = null
        if (j.open())
            do {
                val node = ListNode(j.rInt())
                if (tail == null) head = node else tail.next = node
                tail = node
            } while (j.next())
        return head
    }

    fun w(b: StringBuilder, v: ListNode?) {
        val start = b.length
        b.append('[')
        var count = 0
        var t = v
        while (t != null) {
            if (++count > LcJson.NODE_CAP) {
                b.setLength(start)
                b.append("\"<invalid: list too long or cyclic>\"")
                return
            }
            if (count > 1) b.append(',')
            b.append(t.`val`)
            t = t.next
        }
        b.append(']')
    }
}
//</lc:list>

//<lc:tree> (left out when the signature has no TreeNode)
object LcTree {
    // LeetCode's level order: children are listed for non-null nodes only.
    fun r(j: LcJson): TreeNode? {
        if (j.isNull()) return null
        val nodes = j.rList { if (j.isNull()) null else TreeNode(j.rInt()) }
        val cnt = nodes.size
        if (cnt == 0 || nodes[0] == null) {
            if (cnt > 1) throw j.err("values after a null root")
            return null
        }
        var parent = 0
        var i = 1
        while (i < cnt) {
            while (parent < i && nodes[parent] == null) parent++
            if (parent >= i) throw j.err("a value without a parent in the level order")
            val t = nodes[parent++]!!
            t.left = nodes[i++]
            if (i < cnt) t.right = nodes[i++]
        }
        return nodes[0]
    }

    fun w(b: StringBuilder, v: TreeNode?) {
        val start = b.length
        b.append('[')
        var keep = b.length // just after the last non-null value
        val q = ArrayList<TreeNode?>()
        if (v != null) q.add(v)
        var count = 0
        var h = 0
        while (h < q.size) {
            val t = q[h]
            q[h] = null
            if (h > 0) b.append(',')
            h++
            if (t == null) {
                b.append("null")
                continue
            }
            if (++count > LcJson.NODE_CAP) {
                b.setLength(start)
                b.append("\"<invalid: tree too large or cyclic>\"")
                return
            }
            b.append(t.`val`)
            keep = b.length
            q.add(t.left)
            q.add(t.right)
        }
        b.setLength(keep)
        b.append(']')
    }
}
//</lc:tree>

// stdin, stdout and the answer channel on fd 3.
object LcIO {
    private lateinit var lines: Array<String?>
    private var nparams = 0
    private lateinit var out: java.io.PrintStream
    private lateinit var chan: java.io.FileOutputStream
    private var sb = StringBuilder(1 shl 12)

    private fun die(msg: String): Nothing {
        System.err.println("litecode driver: " + msg)
        System.err.flush()
        System.exit(3)
        throw IllegalStateException()
    }

    // Reads all of stdin, leaves an empty System.in, opens fd 3; returns T.
    fun begin(np: Int): Int {
        nparams = np
        val all = System.`in`.readBytes()
        System.setIn(java.io.ByteArrayInputStream(ByteArray(0)))
        out = java.io.PrintStream(java.io.BufferedOutputStream(java.io.FileOutputStream(java.io.FileDescriptor.out), 1 shl 16),
                                  false, "UTF-8")
        System.setOut(out)
        try {
            chan = java.io.FileOutputStream("/dev/fd/3", true)
        } catch (x: java.io.IOException) {
            die("cannot open fd 3: " + x)
        }
        val ls = String(all, Charsets.UTF_8).split('\n').map { it.removeSuffix("\r") }.toMutableList()
        if (ls.isNotEmpty() && ls.last().isEmpty()) ls.removeAt(ls.size - 1)
        if (ls.isEmpty()) die("empty input")
        val t = ls[0].trim().toIntOrNull() ?: die("bad test count: " + ls[0])
        if (t < 0 || t.toLong() * np > ls.size - 1) die("the input has fewer lines than $t tests of $np parameters")
        lines = ls.toTypedArray()
        return t
    }

    // Parameter k of test i (each line is handed out once).
    fun line(i: Int, k: Int): LcJson {
        val at = 1 + i * nparams + k
        val l = lines[at]!!
        lines[at] = null
        return LcJson(l)
    }

    fun parseFail(i: Int, x: LcParseError): Nothing = die("test " + i + ": bad input: " + x.message)

    // An exception out of user code: a runtime error, as on LeetCode.
    fun crash(x: Throwable): Nothing {
        out.flush()
        x.printStackTrace()
        System.err.flush()
        System.exit(1)
        throw IllegalStateException()
    }

    fun buf(): StringBuilder {
        if (sb.capacity() > 1 shl 22) sb = StringBuilder(1 shl 12) // let a huge answer's buffer go
        sb.setLength(0)
        return sb
    }

    fun frame(i: Int, ns: Long, json: StringBuilder) {
        val body = json.toString().toByteArray(Charsets.UTF_8)
        json.setLength(0)
        val head = ("#LC " + i + " " + ns / 1000 + " " + body.size + "\n").toByteArray(Charsets.US_ASCII)
        val all = ByteArray(head.size + body.size + 1)
        System.arraycopy(head, 0, all, 0, head.size)
        System.arraycopy(body, 0, all, head.size, body.size)
        all[all.size - 1] = '\n'.toByte()
        try {
            chan.write(all)
            chan.flush()
        } catch (x: java.io.IOException) {
            die("cannot write to fd 3: " + x)
        }
        out.flush()
    }

    fun end(): Nothing {
        out.flush()
        System.err.flush()
        System.exit(0)
        throw IllegalStateException()
    }
}

// One parameter of test i, read from its line (a bad line ends the run).
inline fun <T> lcArg(i: Int, k: Int, read: (LcJson) -> T): T {
    val j = LcIO.line(i, k)
    try {
        val v = read(j)
        j.end()
        return v
    } catch (x: LcParseError) {
        LcIO.parseFail(i, x)
    }
}
