// expect: success runtime_error compilation_error
/* A build product the judge cannot seal: a class in a package 70 levels deep,
 * so javac -d /box writes /box/p/p/.../p/DeepPackage.class. Between the
 * compile step and the runs the judge hands /box to root (it walks the whole
 * tree); a tree deeper than that walk allows must still give the submission a
 * verdict of its own (any but internal error: a user's program can never make
 * the platform fail). Prints OK when it runs. */
package p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p.p;

import java.io.*;

public class DeepPackage {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        while (in.readLine() != null) { }
        System.out.println("OK");
    }
}
