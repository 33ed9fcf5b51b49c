// Accepted: the sum kept in a Long.
fun main() {
    val data = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val n = data[0].toInt()
    println(data.subList(1, n + 1).map { it.toLong() }.sum())
}
