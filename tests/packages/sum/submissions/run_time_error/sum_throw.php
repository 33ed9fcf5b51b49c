<?php
// Run-time error: an uncaught exception (php exits with status 255).
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
if ($n >= 0) throw new RuntimeException("refusing to add $n numbers");
echo 0, "\n";
