<?php
// Accepted: PHP integers are 64-bit.
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$s = 0;
for ($i = 1; $i <= $n; $i++) $s += (int)$data[$i];
echo $s, "\n";
