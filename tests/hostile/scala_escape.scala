// expect: success
// time-limit: 3
/* Scala on the JVM: read /etc/shadow and the canary, run a shell
 * (scala.sys.process, ProcessBuilder), connect to the harness's listener over
 * TCP (java.net.Socket) and send it UDP (DatagramSocket). Every attempt must
 * fail; the harness checks the listener saw nothing. */
object Main {
    def main(args: Array[String]): Unit = {
        val vals = scala.io.Source.stdin.mkString.split("\n").map(_.split(" ", 2)).collect {
            case Array(k, v) => k -> v
        }.toMap
        val leaks = scala.collection.mutable.ListBuffer[String]()
        for (f <- List("/etc/shadow", "/etc/passwd", vals.getOrElse("CANARY", ""), "/proc/1/environ")) {
            try {
                if (f.nonEmpty && scala.io.Source.fromFile(f).mkString.nonEmpty) leaks += s"read $f"
            } catch { case _: Throwable => }
        }
        try {
            import scala.sys.process._
            if (Seq("/bin/sh", "-c", "exit 0").! == 0) leaks += "scala.sys.process ran a shell"
        } catch { case _: Throwable => }
        try {
            if (new ProcessBuilder("/bin/true").start().waitFor() == 0) leaks += "ProcessBuilder ran a program"
        } catch { case _: Throwable => }
        val port = scala.util.Try(vals.getOrElse("PORT", "0").trim.toInt).getOrElse(0)
        try {
            val s = new java.net.Socket()
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000)
            leaks += "connected to the listener over TCP"
            s.close()
        } catch { case _: Throwable => }
        try {
            val u = new java.net.DatagramSocket()
            val b = "lcpwn".getBytes
            u.send(new java.net.DatagramPacket(b, b.length, java.net.InetAddress.getByName("127.0.0.1"), port))
            leaks += "sent UDP to the listener"
            u.close()
        } catch { case _: Throwable => }
        for (l <- leaks) println("LEAK: " + l)
        if (leaks.isEmpty) println("OK")
    }
}
