// Accepted: any object name runs (the judge picks the object declaring main, or
// extending App, as Kattis does); a helper object comes first here.
object Parse {
    def longs(text: String): Array[Long] = text.split("\\s+").filter(_.nonEmpty).map(_.toLong)
}

/* not this one: object Main { def main(args: Array[String]): Unit = () } */
object Summer extends App {
    val data = Parse.longs(scala.io.Source.stdin.mkString)
    val n = data(0).toInt
    println(data.slice(1, n + 1).sum)
}
