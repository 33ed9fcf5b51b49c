// Wrong answer: the sum kept in an Int overflows.
object Main {
    def main(args: Array[String]): Unit = {
        val data = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
        val n = data(0).toInt
        var s = 0
        for (i <- 1 to n) s += data(i).toLong.toInt
        println(s)
    }
}
