// Run-time error: an uncaught exception (the JVM exits with status 1).
object Main {
    def main(args: Array[String]): Unit = {
        val data = scala.io.Source.stdin.mkString.split("\\s+").filter(_.nonEmpty)
        val n = data(0).toInt
        if (n >= 0) throw new IllegalStateException(s"refusing to add $n numbers")
        println(0)
    }
}
