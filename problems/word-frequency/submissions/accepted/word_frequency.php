<?php
// Counts words (runs of ASCII letters, lowercased); most frequent first, ties
// in alphabetical order.
preg_match_all('/[A-Za-z]+/', stream_get_contents(STDIN), $m);
$counts = [];
foreach ($m[0] as $w) {
    $w = strtolower($w);
    $counts[$w] = ($counts[$w] ?? 0) + 1;
}
$words = array_map('strval', array_keys($counts));
usort($words, fn($a, $b) => $counts[$b] <=> $counts[$a] ?: strcmp($a, $b));
$out = '';
foreach ($words as $w) $out .= "$w {$counts[$w]}\n";
echo $out;
