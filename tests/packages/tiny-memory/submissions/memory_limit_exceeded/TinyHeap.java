// Memory Limit Exceeded: under a 1 MiB limit the JVM cannot even start
// ("Too small maximum heap" with -Xmx1m); that is the limit's doing, not a
// runtime error.
public class TinyHeap {
    public static void main(String[] args) {
        System.out.println(6);
    }
}
