// Compile error: a Long assigned to an Int (Kotlin converts no numbers implicitly).
fun main() {
    val data = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    var total: Int = 0
    total = data.drop(1).map { it.toLong() }.sum()
    println(total)
}
