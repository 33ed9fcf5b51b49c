<?php
// Wrong answer: summing as floats loses the low digits of 64-bit values.
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)));
$n = (int)$data[0];
$s = 0.0;
for ($i = 1; $i <= $n; $i++) $s += (float)$data[$i];
printf("%.0f\n", $s);
