// expect: success
// time-limit: 3
/* Kotlin on the JVM: read /etc/shadow and the canary, run a shell
 * (ProcessBuilder, Runtime.exec), connect to the harness's listener over TCP
 * (java.net.Socket) and send it UDP (DatagramSocket), and load libc through
 * System.load. Every attempt must fail; the harness checks the listener saw
 * nothing. */
fun main() {
    val vals = HashMap<String, String>()
    for (l in System.`in`.bufferedReader().readText().split('\n')) {
        val p = l.split(' ', limit = 2)
        if (p.size == 2) vals[p[0]] = p[1]
    }
    val leaks = ArrayList<String>()
    for (f in listOf("/etc/shadow", "/etc/passwd", vals["CANARY"] ?: "", "/proc/1/environ")) {
        try {
            if (f.isNotEmpty() && java.io.File(f).readText().isNotEmpty()) leaks.add("read $f")
        } catch (x: Exception) {
        }
    }
    try {
        if (ProcessBuilder("/bin/sh", "-c", "exit 0").start().waitFor() == 0) leaks.add("ProcessBuilder ran a shell")
    } catch (x: Exception) {
    }
    try {
        if (Runtime.getRuntime().exec(arrayOf("/bin/true")).waitFor() == 0) leaks.add("Runtime.exec ran a program")
    } catch (x: Exception) {
    }
    val port = vals["PORT"]?.trim()?.toIntOrNull() ?: 0
    try {
        java.net.Socket().use {
            it.connect(java.net.InetSocketAddress("127.0.0.1", port), 2000)
            leaks.add("connected to the listener over TCP")
        }
    } catch (x: Exception) {
    }
    try {
        java.net.DatagramSocket().use {
            val b = "lcpwn".toByteArray()
            it.send(java.net.DatagramPacket(b, b.size, java.net.InetAddress.getByName("127.0.0.1"), port))
            leaks.add("sent UDP to the listener")
        }
    } catch (x: Exception) {
    }
    for (l in leaks) println("LEAK: $l")
    if (leaks.isEmpty()) println("OK")
}
