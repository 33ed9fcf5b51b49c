// Wrong answer: the sum kept in an Int overflows.
fun main() {
    val data = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val n = data[0].toInt()
    var s = 0
    for (i in 1..n) s += data[i].toLong().toInt()
    println(s)
}
