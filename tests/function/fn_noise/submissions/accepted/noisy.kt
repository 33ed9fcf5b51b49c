// A noisy but correct Kotlin solution: debug output on stdout and stderr, and
// attempts to read stdin (the driver has already consumed it: EOF).
class Solution {
    companion object {
        var calls = 0
    }

    fun addTwo(a: Int, b: Int): Int {
        calls++
        val line = "debug: adding $a and $b " + "x".repeat(100)
        for (i in 0 until 4400) println(line)
        System.err.println("stderr: call $calls")
        System.err.println("stdin bytes seen: " + System.`in`.readBytes().size)
        return a + b
    }
}
