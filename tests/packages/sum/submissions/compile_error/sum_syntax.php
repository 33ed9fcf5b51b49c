<?php
// Compile error: `php -l` refuses a missing semicolon.
$data = preg_split('/\s+/', trim(stream_get_contents(STDIN)))
$n = (int)$data[0];
echo $n, "\n";
