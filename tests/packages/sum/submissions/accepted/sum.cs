// Accepted: the sum kept in a long (64 bits).
using System;
using System.Linq;

class Program {
    static void Main() {
        var data = Console.In.ReadToEnd().Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
        int n = int.Parse(data[0]);
        Console.WriteLine(data.Skip(1).Take(n).Sum(long.Parse));
    }
}
