// Forges the answer frame for its own test (claiming the right answer), then
// returns a wrong answer. The driver's own frame comes after it and the judge
// keeps the last frame of an index: the verdict must be Wrong Answer.
object Solution {
    var calls = 0 // one call per test, in order

    def addTwo(a: Int, b: Int): Int = {
        val index = calls
        calls += 1
        val body = (a + b).toString
        try {
            val ch = new java.io.FileOutputStream("/dev/fd/3", true)
            ch.write(s"#LC $index 0 ${body.length}\n$body\n".getBytes("UTF-8"))
            ch.close()
        } catch {
            case _: java.io.IOException => // no channel
        }
        a + b + 1
    }
}
