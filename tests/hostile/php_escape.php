<?php
// expect: success
/* PHP: read /etc/shadow and the canary, run a shell (shell_exec, system,
 * proc_open, popen, pcntl_exec where built in), connect to the harness's
 * listener over TCP (fsockopen) and send it UDP (stream_socket_client), and
 * load a library through FFI where PHP has it. Every attempt must fail; the
 * harness checks the listener saw nothing. */
$vals = [];
foreach (explode("\n", stream_get_contents(STDIN)) as $l) {
    $p = explode(' ', $l, 2);
    if (count($p) === 2) $vals[$p[0]] = $p[1];
}
$leaks = [];
foreach (['/etc/shadow', '/etc/passwd', $vals['CANARY'] ?? '', '/proc/1/environ'] as $f) {
    $s = @file_get_contents($f);
    if ($s !== false && $s !== '') $leaks[] = "read $f";
}
$out = @shell_exec('cat /etc/shadow /etc/passwd 2>/dev/null');
if (is_string($out) && $out !== '') $leaks[] = 'shell_exec ran a shell';
$rc = -1;
@system('exit 0', $rc);
if ($rc === 0) $leaks[] = 'system() ran a shell';
$p = @proc_open(['/bin/sh', '-c', 'exit 0'], [], $pipes);
if (is_resource($p) && proc_close($p) === 0) $leaks[] = 'proc_open ran a shell';
$h = @popen('echo x', 'r');
if (is_resource($h) && trim((string)fgets($h)) === 'x') $leaks[] = 'popen ran a shell';
if (function_exists('pcntl_exec')) {
    $pid = function_exists('pcntl_fork') ? pcntl_fork() : -1;
    if ($pid === 0) { @pcntl_exec('/bin/sh', ['-c', 'echo LEAK: pcntl_exec ran a shell']); exit(0); }
    if ($pid > 0) pcntl_waitpid($pid, $st);
}
$port = (int)($vals['PORT'] ?? 0);
$t = @fsockopen('127.0.0.1', $port, $errno, $errstr, 2);
if ($t) { $leaks[] = 'connected to the listener over TCP'; fclose($t); }
$u = @stream_socket_client("udp://127.0.0.1:$port", $errno, $errstr, 2);
if ($u && @fwrite($u, 'lcpwn') > 0) $leaks[] = 'sent UDP to the listener';
if (class_exists('FFI')) {
    try {
        $ffi = FFI::cdef('int unshare(int flags);', 'libc.so.6');
        if ($ffi->unshare(0x10000000) === 0) $leaks[] = 'unshare(CLONE_NEWUSER) through FFI';
    } catch (Throwable $e) {
    }
}
foreach ($leaks as $l) echo "LEAK: $l\n";
if (!$leaks) echo "OK\n";
