// Compile error: a String assigned to a long, and a missing return type.
import java.util.Scanner;

public class SumTypeError {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long s = 0;
        for (int i = 0; i < n; i++) {
            long x = sc.next();
            s += x;
        }
        System.out.println(s);
    }

    static helper() {
        return 0;
    }
}
