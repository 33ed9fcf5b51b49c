// Wrong answer: the sum kept in an int (32 bits, unchecked) overflows.
using System;

class Program {
    static void Main() {
        var data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        int s = 0;
        for (int i = 1; i <= n; i++) s += unchecked((int)long.Parse(data[i]));
        Console.WriteLine(s);
    }
}
