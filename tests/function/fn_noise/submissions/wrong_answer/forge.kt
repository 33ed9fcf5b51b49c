// Forges the answer frame for its own test (claiming the right answer), then
// returns a wrong answer. The driver's own frame comes after it and the judge
// keeps the last frame of an index: the verdict must be Wrong Answer.
class Solution {
    companion object {
        var calls = 0 // one call per test, in order
    }

    fun addTwo(a: Int, b: Int): Int {
        val index = calls++
        val body = (a + b).toString()
        try {
            java.io.FileOutputStream("/dev/fd/3", true).use {
                it.write("#LC $index 0 ${body.length}\n$body\n".toByteArray())
            }
        } catch (x: java.io.IOException) {
            // no channel
        }
        return a + b + 1
    }
}
