// expect: success
// time-limit: 3
/* C# on Mono: read /etc/shadow and the canary, run a shell
 * (Process.Start), fork and exec and create namespaces through P/Invoke
 * (fork, execve, unshare of a user namespace, mount, ptrace), connect to the
 * harness's listener over TCP (TcpClient) and send it UDP (UdpClient). Every
 * attempt must fail; the harness checks the listener saw nothing. */
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

class Escape {
    [DllImport("libc.so.6", SetLastError = true)] static extern int fork();
    [DllImport("libc.so.6", SetLastError = true)] static extern int execve(string path, string[] argv, string[] envp);
    [DllImport("libc.so.6", SetLastError = true)] static extern int unshare(int flags);
    [DllImport("libc.so.6", SetLastError = true)] static extern int mount(string src, string dst, string fs, ulong flags, IntPtr data);
    [DllImport("libc.so.6", SetLastError = true)] static extern long ptrace(long req, int pid, IntPtr addr, IntPtr data);
    [DllImport("libc.so.6", SetLastError = true)] static extern int waitpid(int pid, out int status, int options);
    [DllImport("libc.so.6")] static extern void _exit(int code);

    static void Main() {
        var vals = new Dictionary<string, string>();
        foreach (var l in Console.In.ReadToEnd().Split('\n')) {
            var p = l.Split(new[] { ' ' }, 2);
            if (p.Length == 2) vals[p[0]] = p[1];
        }
        var leaks = new List<string>();
        string canary;
        vals.TryGetValue("CANARY", out canary);
        foreach (var f in new[] { "/etc/shadow", "/etc/passwd", canary ?? "", "/proc/1/environ" }) {
            try {
                if (f != "" && File.ReadAllText(f).Length > 0) leaks.Add("read " + f);
            } catch (Exception) {
            }
        }
        try {
            var psi = new System.Diagnostics.ProcessStartInfo("/bin/sh", "-c \"exit 0\"") { UseShellExecute = false };
            using (var pr = System.Diagnostics.Process.Start(psi)) {
                pr.WaitForExit();
                if (pr.ExitCode == 0) leaks.Add("Process.Start ran a shell");
            }
        } catch (Exception) {
        }
        int pid = fork();
        if (pid == 0) {
            execve("/bin/sh", new[] { "sh", "-c", "echo LEAK: execve ran a shell", null }, new string[] { null });
            _exit(0);
        }
        if (pid > 0) {
            int st;
            waitpid(pid, out st, 0);
        }
        if (unshare(0x10000000) == 0) leaks.Add("unshare(CLONE_NEWUSER)");
        if (mount("none", "/tmp", "tmpfs", 0, IntPtr.Zero) == 0) leaks.Add("mounted a tmpfs");
        if (ptrace(16 /* PTRACE_ATTACH */, 1, IntPtr.Zero, IntPtr.Zero) == 0) leaks.Add("ptrace of pid 1");
        string port;
        int portNum = vals.TryGetValue("PORT", out port) ? int.Parse(port.Trim()) : 0;
        try {
            using (var t = new System.Net.Sockets.TcpClient()) {
                t.Connect("127.0.0.1", portNum);
                leaks.Add("connected to the listener over TCP");
            }
        } catch (Exception) {
        }
        try {
            using (var u = new System.Net.Sockets.UdpClient()) {
                if (u.Send(new byte[] { 108, 99, 112, 119, 110 }, 5, "127.0.0.1", portNum) > 0)
                    leaks.Add("sent UDP to the listener");
            }
        } catch (Exception) {
        }
        foreach (var l in leaks) Console.WriteLine("LEAK: " + l);
        if (leaks.Count == 0) Console.WriteLine("OK");
    }
}
