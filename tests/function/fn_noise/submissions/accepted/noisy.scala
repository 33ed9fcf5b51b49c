// A noisy but correct Scala solution: debug output on stdout and stderr, and
// attempts to read stdin (the driver has already consumed it: EOF).
object Solution {
    var calls = 0

    def addTwo(a: Int, b: Int): Int = {
        calls += 1
        val line = s"debug: adding $a and $b " + "x" * 100
        for (_ <- 0 until 4400) println(line)
        System.err.println(s"stderr: call $calls")
        System.err.println("stdin bytes seen: " + scala.io.Source.stdin.mkString.length)
        a + b
    }
}
