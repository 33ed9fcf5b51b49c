// A noisy but correct PHP solution: debug output on stdout and stderr, and
// attempts to read stdin (the driver has already consumed it: EOF).
class Solution {
    private static $calls = 0;

    /**
     * @param Integer $a
     * @param Integer $b
     * @return Integer
     */
    function addTwo($a, $b) {
        self::$calls++;
        $line = "debug: adding $a and $b " . str_repeat('x', 100) . "\n";
        for ($i = 0; $i < 4400; $i++) echo $line;
        fwrite(STDERR, "stderr: call " . self::$calls . "\n");
        $in = @fopen('php://stdin', 'r');
        $got = $in ? strlen((string)stream_get_contents($in)) : 0;
        fwrite(STDERR, "stdin bytes seen: $got\n");
        return $a + $b;
    }
}
