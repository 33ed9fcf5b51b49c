// Compile error: a missing semicolon (mcs names main.cs and the line).
using System;

class Program {
    static void Main() {
        var data = Console.In.ReadToEnd().Split()
        Console.WriteLine(data.Length);
    }
}
