// Run-time error: an uncaught exception (the JVM exits with status 1).
fun main() {
    val data = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val n = data[0].toInt()
    if (n >= 0) throw IllegalStateException("refusing to add $n numbers")
    println(0)
}
