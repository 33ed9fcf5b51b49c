// A noisy but correct C# solution: debug output on stdout and stderr, and
// attempts to read stdin (the driver has already consumed it: EOF).
public class Solution {
    static int calls = 0;

    public int AddTwo(int a, int b) {
        calls++;
        string line = "debug: adding " + a + " and " + b + " " + new string('x', 100);
        for (int i = 0; i < 4400; i++) Console.WriteLine(line);
        Console.Error.WriteLine("stderr: call " + calls);
        string rest = Console.In.ReadToEnd();
        Console.Error.WriteLine("stdin bytes seen: " + rest.Length);
        return a + b;
    }
}
