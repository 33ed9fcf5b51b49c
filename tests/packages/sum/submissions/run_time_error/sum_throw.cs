// Run-time error: an uncaught exception (mono exits with status 1).
using System;

class Program {
    static void Main() {
        var data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        if (n >= 0) throw new InvalidOperationException("refusing to add " + n + " numbers");
        Console.WriteLine(0);
    }
}
