// ---- LiteCode runtime (drivers/scala/runtime.scala) ----
// Pasted after the user's code, in the same file: every definition is named
// Lc* and library types are fully qualified, so user code cannot collide with
// it. The protocol is in lib/judge/signature.h: read all of stdin, per test
// parse the parameters from their JSON lines, call once, write
// "#LC <index> <us> <length>\n<json>\n" to fd 3.

class LcParseError(msg: String) extends RuntimeException(msg)

// JSON reading (one value per line) and writing, for the signature types.
class LcJson(s: String) {
  private var p = 0
  private val n = s.length

  def err(what: String): LcParseError =
    new LcParseError(what + " at offset " + p + " in: " + (if (n > 200) s.substring(0, 200) + "..." else s))

  private def ws(): Unit = while (p < n && (s(p) == ' ' || s(p) == '\t' || s(p) == '\r' || s(p) == '\n')) p += 1

  def end(): Unit = { ws(); if (p != n) throw err("unexpected text after the value") }

  // Consumes `null` when it comes next.
  def isNull(): Boolean = { ws(); if (s.startsWith("null", p)) { p += 4; true } else false }

  private def expect(c: Char): Unit = {
    ws()
    if (p >= n || s(p) != c) throw err("expected '" + c + "'")
    p += 1
  }

  // '[' then: false for an empty array (']' consumed), true when an element follows.
  def open(): Boolean = {
    expect('[')
    ws()
    if (p < n && s(p) == ']') { p += 1; false } else true
  }

  // After an element: true on ',', false on ']'.
  def next(): Boolean = {
    ws()
    if (p < n && s(p) == ',') { p += 1; true }
    else if (p < n && s(p) == ']') { p += 1; false }
    else throw err("expected ',' or ']'")
  }

  private def numberToken(): String = {
    ws()
    val st = p
    while (p < n && ((s(p) >= '0' && s(p) <= '9') || s(p) == '-' || s(p) == '+' || s(p) == '.' || s(p) == 'e' || s(p) == 'E')) p += 1
    if (st == p) throw err("expected a number")
    s.substring(st, p)
  }

  // An integer exactly (all 64-bit values); 1e3 or 2.0 are accepted when integral.
  def rLong(): Long = {
    val t = numberToken()
    try t.toLong
    catch {
      case _: NumberFormatException =>
        try new java.math.BigDecimal(t).longValueExact()
        catch { case _: Exception => throw err("not a 64-bit integer: " + t) }
    }
  }

  def rInt(): Int = {
    val v = rLong()
    if (v < Int.MinValue || v > Int.MaxValue) throw err("integer out of the 32-bit range")
    v.toInt
  }

  def rDouble(): Double = {
    val t = numberToken()
    try t.toDouble catch { case _: NumberFormatException => throw err("bad number " + t) }
  }

  def rBool(): Boolean = {
    ws()
    if (s.startsWith("true", p)) { p += 4; true }
    else if (s.startsWith("false", p)) { p += 5; false }
    else throw err("expected true or false")
  }

  // A JSON string or null; a backslash-u escape gives one UTF-16 unit.
  def rString(): String = {
    if (isNull()) return null
    expect('"')
    val b = new java.lang.StringBuilder()
    while (p < n) {
      val c = s(p)
      p += 1
      if (c == '"') return b.toString
      if (c != '\\') b.append(c)
      else {
        if (p >= n) throw err("unterminated string")
        val e = s(p)
        p += 1
        e match {
          case '"' => b.append('"')
          case '\\' => b.append('\\')
          case '/' => b.append('/')
          case 'b' => b.append('\b')
          case 'f' => b.append('\f')
          case 'n' => b.append('\n')
          case 'r' => b.append('\r')
          case 't' => b.append('\t')
          case 'u' =>
            if (p + 4 > n) throw err("short \\u escape")
            val u = try Integer.parseInt(s.substring(p, p + 4), 16) catch { case _: NumberFormatException => throw err("bad \\u escape") }
            p += 4
            b.append(u.toChar)
          case _ => throw err("bad escape \\" + e)
        }
      }
    }
    throw err("unterminated string")
  }

  def rChar(): Char = {
    val at = p
    val v = rString()
    if (v == null || v.length != 1) { p = at; throw err("expected a one-character string") }
    v.charAt(0)
  }

  def rList[T](elem: => T): List[T] = {
    val a = scala.collection.mutable.ListBuffer[T]()
    if (isNull()) return a.toList
    if (open()) {
      var more = true
      while (more) { a += elem; more = next() }
    }
    a.toList
  }

  def rArr[T: scala.reflect.ClassTag](elem: => T): Array[T] = rList(elem).toArray
}

object LcJson {
  val NodeCap = 1000000

  private def wString(b: java.lang.StringBuilder, v: String): Unit = {
    b.append('"')
    var k = 0
    while (k < v.length) {
      val c = v.charAt(k)
      c match {
        case '"' => b.append("\\\"")
        case '\\' => b.append("\\\\")
        case '\n' => b.append("\\n")
        case '\r' => b.append("\\r")
        case '\t' => b.append("\\t")
        case '\b' => b.append("\\b")
        case '\f' => b.append("\\f")
        case _ =>
          if (c < 0x20 || (Character.isSurrogate(c) &&
              !(Character.isHighSurrogate(c) && k + 1 < v.length && Character.isLowSurrogate(v.charAt(k + 1)))))
            b.append("\\u%04x".format(c.toInt))
          else if (Character.isHighSurrogate(c)) { b.append(c).append(v.charAt(k + 1)); k += 1 }
          else b.append(c)
      }
      k += 1
    }
    b.append('"')
  }

  private def wSeq(b: java.lang.StringBuilder, it: Iterator[Any]): Unit = {
    b.append('[')
    var first = true
    for (x <- it) {
      if (!first) b.append(',')
      first = false
      w(b, x)
    }
    b.append(']')
  }

  // Any answer the signature types allow, by its run-time type.
  def w(b: java.lang.StringBuilder, v: Any): Unit = v match {
    case null => b.append("null")
    case x: Int => b.append(x)
    case x: Long => b.append(x)
    case x: Double => if (x.isNaN || x.isInfinite) b.append("\"<invalid: nan>\"") else b.append(x.toString)
    case x: Float => w(b, x.toDouble)
    case x: Boolean => b.append(if (x) "true" else "false")
    case x: String => wString(b, x)
    case x: Char => wString(b, x.toString)
    case x: Array[_] => wSeq(b, x.iterator)
    case x: scala.collection.TraversableOnce[_] => wSeq(b, x.toIterator)
    case x: java.lang.Iterable[_] => wSeq(b, scala.collection.JavaConverters.iterableAsScalaIterableConverter(x).asScala.iterator)
    case x => b.append("\"<invalid: " + x.getClass.getSimpleName + ">\"")
  }
}

//<lc:list> (left out when the signature has no ListNode)
object LcList {
  def r(j: LcJson): ListNode = {
    if (j.isNull()) return null
    var head: ListNode = null
    var tail: ListNode = null
    if (j.open()) {
      var more = true
      while (more) {
        val node = new ListNode(j.rInt())
        if (tail == null) head = node else tail.next = node
        tail = node
        more = j.next()
      }
    }
    head
  }

  def w(b: java.lang.StringBuilder, v: ListNode): Unit = {
    val start = b.length
    b.append('[')
    var count = 0
    var t = v
    while (t != null) {
      count += 1
      if (count > LcJson.NodeCap) {
        b.setLength(start)
        b.append("\"<invalid: list too long or cyclic>\"")
        return
      }
      if (count > 1) b.append(',')
      b.append(t.x)
      t = t.next
    }
    b.append(']')
  }
}
//</lc:list>

//<lc:tree> (left out when the signature has no TreeNode)
object LcTree {
  // LeetCode's level order: children are listed for non-null nodes only.
  def r(j: LcJson): TreeNode = {
    if (j.isNull()) return null
    val nodes = j.rList(if (j.isNull()) null else new TreeNode(j.rInt())).toArray
    val cnt = nodes.length
    if (cnt == 0 || nodes(0) == null) {
      if (cnt > 1) throw j.err("values after a null root")
      return null
    }
    var parent = 0
    var i = 1
    while (i < cnt) {
      while (parent < i && nodes(parent) == null) parent += 1
      if (parent >= i) throw j.err("a value without a parent in the level order")
      val t = nodes(parent)
      parent += 1
      t.left = nodes(i)
      i += 1
      if (i < cnt) { t.right = nodes(i); i += 1 }
    }
    nodes(0)
  }

  def w(b: java.lang.StringBuilder, v: TreeNode): Unit = {
    val start = b.length
    b.append('[')
    var keep = b.length // just after the last non-null value
    val q = new java.util.ArrayList[TreeNode]()
    if (v != null) q.add(v)
    var count = 0
    var h = 0
    while (h < q.size) {
      val t = q.get(h)
      q.set(h, null)
      if (h > 0) b.append(',')
      h += 1
      if (t == null) b.append("null")
      else {
        count += 1
        if (count > LcJson.NodeCap) {
          b.setLength(start)
          b.append("\"<invalid: tree too large or cyclic>\"")
          return
        }
        b.append(t.value)
        keep = b.length
        q.add(t.left)
        q.add(t.right)
      }
    }
    b.setLength(keep)
    b.append(']')
  }
}
//</lc:tree>

// stdin, stdout and the answer channel on fd 3.
object LcIO {
  private var lines: Array[String] = null
  private var nparams = 0
  private var out: java.io.PrintStream = null
  private var chan: java.io.FileOutputStream = null
  private var sb = new java.lang.StringBuilder(1 << 12)

  private def die(msg: String): Nothing = {
    System.err.println("litecode driver: " + msg)
    System.err.flush()
    System.exit(3)
    throw new IllegalStateException()
  }

  // Reads all of stdin, leaves an empty System.in, opens fd 3; returns T.
  def begin(np: Int): Int = {
    nparams = np
    val all = java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/dev/stdin"))
    System.setIn(new java.io.ByteArrayInputStream(new Array[Byte](0)))
    out = new java.io.PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false, "UTF-8")
    System.setOut(out)
    Console.setOut(out)
    try chan = new java.io.FileOutputStream("/dev/fd/3", true)
    catch { case x: java.io.IOException => die("cannot open fd 3: " + x) }
    var ls = new String(all, "UTF-8").split("\n", -1).map(l => if (l.endsWith("\r")) l.dropRight(1) else l)
    if (ls.nonEmpty && ls.last.isEmpty) ls = ls.dropRight(1)
    if (ls.isEmpty) die("empty input")
    val t = try ls(0).trim.toInt catch { case _: NumberFormatException => die("bad test count: " + ls(0)) }
    if (t < 0 || t.toLong * np > ls.length - 1) die("the input has fewer lines than " + t + " tests of " + np + " parameters")
    lines = ls
    t
  }

  // Parameter k of test i, read by `read` (each line is handed out once).
  def arg[T](i: Int, k: Int)(read: LcJson => T): T = {
    val at = 1 + i * nparams + k
    val j = new LcJson(lines(at))
    lines(at) = null
    try { val v = read(j); j.end(); v }
    catch { case x: LcParseError => die("test " + i + ": bad input: " + x.getMessage) }
  }

  // An exception out of user code: a runtime error, as on LeetCode.
  def crash(x: Throwable): Nothing = {
    out.flush()
    x.printStackTrace()
    System.err.flush()
    System.exit(1)
    throw new IllegalStateException()
  }

  def buf(): java.lang.StringBuilder = {
    if (sb.capacity > (1 << 22)) sb = new java.lang.StringBuilder(1 << 12) // let a huge answer's buffer go
    sb.setLength(0)
    sb
  }

  def frame(i: Int, ns: Long, json: java.lang.StringBuilder): Unit = {
    val body = json.toString.getBytes("UTF-8")
    json.setLength(0)
    val head = ("#LC " + i + " " + ns / 1000 + " " + body.length + "\n").getBytes("US-ASCII")
    val all = new Array[Byte](head.length + body.length + 1)
    System.arraycopy(head, 0, all, 0, head.length)
    System.arraycopy(body, 0, all, head.length, body.length)
    all(all.length - 1) = '\n'.toByte
    try { chan.write(all); chan.flush() }
    catch { case x: java.io.IOException => die("cannot write to fd 3: " + x) }
    out.flush()
  }

  def end(): Nothing = {
    out.flush()
    System.err.flush()
    System.exit(0)
    throw new IllegalStateException()
  }
}
