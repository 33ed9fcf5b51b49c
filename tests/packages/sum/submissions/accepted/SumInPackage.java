// Accepted: a class in a package (as IDEs write them) is run by its qualified name.
package org.example.contest;

import java.util.Scanner;

public class SumInPackage {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long s = 0;
        for (int i = 0; i < n; i++) s += in.nextLong();
        System.out.println(s);
    }
}
