// Accepted: the sum kept in a Long (object Main; sum_app.scala runs another object).
object Main {
    def main(args: Array[String]): Unit = {
        val data = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
        val n = data(0).toInt
        println(data.slice(1, n + 1).map(_.toLong).sum)
    }
}
