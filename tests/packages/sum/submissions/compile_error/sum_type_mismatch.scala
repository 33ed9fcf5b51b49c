// Compile error: a Long assigned to an Int (no implicit narrowing).
object Main {
    def main(args: Array[String]): Unit = {
        val data = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
        var total: Int = 0
        total = data.drop(1).map(_.toLong).sum
        println(total)
    }
}
