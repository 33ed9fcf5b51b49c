// ---- LiteCode PHP driver runtime (lib/judge/drivers/php/runtime.php) ----
// The protocol is in lib/judge/signature.h. main.php is `<?php` and one
// prelude line (all of stdin read into $lc__input, fd 0 reopened on
// /dev/null), the user's code unchanged (LeetCode's `class Solution`), then
// this runtime (ListNode and TreeNode as LeetCode's comments define them,
// unless the user's code declares them) and the generated call
//   lc__run([param types], return type, output index, 'methodName');
// Every name here starts with lc__. No recursion over lists or trees.

if (!class_exists('ListNode', false)) {
    class ListNode {
        public $val = 0;
        public $next = null;
        function __construct($val = 0, $next = null) {
            $this->val = $val;
            $this->next = $next;
        }
    }
}
if (!class_exists('TreeNode', false)) {
    class TreeNode {
        public $val = null;
        public $left = null;
        public $right = null;
        function __construct($val = 0, $left = null, $right = null) {
            $this->val = $val;
            $this->left = $left;
            $this->right = $right;
        }
    }
}

const LC__CAP = 1000000; // ListNode / TreeNode serialization node cap

function lc__die($msg) {
    fwrite(STDERR, "litecode driver: $msg\n");
    exit(3);
}

// Whether $v (decoded JSON) fits the package type $t.
function lc__fits($t, $v) {
    switch ($t) {
    case 'int':
    case 'long':
        return is_int($v);
    case 'double':
        return is_int($v) || is_float($v);
    case 'bool':
        return is_bool($v);
    case 'string':
    case 'character':
        return is_string($v);
    case 'ListNode':
    case 'TreeNode':
        if (!is_array($v) || !array_is_list($v))
            return false;
        foreach ($v as $x)
            if (!is_int($x) && !($t === 'TreeNode' && $x === null))
                return false;
        return true;
    default:
        if (substr($t, -2) !== '[]' || !is_array($v) || !array_is_list($v))
            return false;
        $et = substr($t, 0, -2);
        foreach ($v as $x)
            if (!lc__fits($et, $x))
                return false;
        return true;
    }
}

function lc__new_list($a) {
    $head = null;
    for ($i = count($a) - 1; $i >= 0; $i--)
        $head = new ListNode($a[$i], $head);
    return $head;
}

// LeetCode's level order: children are listed for non-null nodes only.
function lc__new_tree($a) {
    if (count($a) === 0 || $a[0] === null)
        return null;
    $root = new TreeNode($a[0], null, null);
    $q = [$root];
    $qh = 0;
    $i = 1;
    $n = count($a);
    while ($i < $n && $qh < count($q)) {
        $nd = $q[$qh];
        $q[$qh++] = null;
        if ($a[$i] !== null) {
            $nd->left = new TreeNode($a[$i], null, null);
            $q[] = $nd->left;
        }
        $i++;
        if ($i < $n) {
            if ($a[$i] !== null) {
                $nd->right = new TreeNode($a[$i], null, null);
                $q[] = $nd->right;
            }
            $i++;
        }
    }
    return $root;
}

function lc__arg($line, $t, $test, $param) {
    $v = json_decode($line, true, 64);
    if ($v === null && json_last_error() !== JSON_ERROR_NONE)
        lc__die("test $test parameter $param: bad JSON: " . json_last_error_msg());
    if (!lc__fits($t, $v))
        lc__die("test $test parameter $param: not a $t");
    switch ($t) {
    case 'ListNode':
        return lc__new_list($v);
    case 'TreeNode':
        return lc__new_tree($v);
    case 'double':
        return (float)$v;
    case 'double[]':
        return array_map('floatval', $v);
    default:
        return $v;
    }
}

function lc__str($s) {
    $j = json_encode($s, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    return $j === false ? '"<invalid: not UTF-8>"' : $j;
}

function lc__json($v, $depth) {
    if ($v === null)
        return 'null';
    if (is_bool($v))
        return $v ? 'true' : 'false';
    if (is_int($v))
        return (string)$v;
    if (is_float($v)) {
        if (is_nan($v) || is_infinite($v))
            return '"<invalid: nan>"';
        return json_encode($v);
    }
    if (is_string($v))
        return lc__str($v);
    if ($v instanceof ListNode)
        return lc__list_json($v);
    if ($v instanceof TreeNode)
        return lc__tree_json($v);
    if (is_array($v)) {
        if ($depth > 64)
            return '"<invalid: nested too deep>"';
        $parts = [];
        foreach ($v as $x)
            $parts[] = lc__json($x, $depth + 1);
        return '[' . implode(',', $parts) . ']';
    }
    return '"<invalid: unserializable value>"';
}

function lc__list_json($head) {
    $parts = [];
    for ($n = $head; $n !== null; $n = $n->next) {
        if (count($parts) >= LC__CAP)
            return '"<invalid: list too long or cyclic>"';
        $parts[] = lc__json($n->val, 0);
    }
    return '[' . implode(',', $parts) . ']';
}

function lc__tree_json($root) {
    if ($root === null)
        return '[]';
    $parts = [];
    $q = [$root];
    $k = 0;
    for ($qh = 0; $qh < count($q); $qh++) {
        $n = $q[$qh];
        $q[$qh] = null;
        if ($n === null) {
            $parts[] = 'null';
            continue;
        }
        if (++$k > LC__CAP)
            return '"<invalid: tree too large or cyclic>"';
        $parts[] = lc__json($n->val, 0);
        $q[] = $n->left;
        $q[] = $n->right;
    }
    while (count($parts) > 0 && end($parts) === 'null')
        array_pop($parts);
    return '[' . implode(',', $parts) . ']';
}

function lc__answer($t, $v) {
    if ($t === 'ListNode' && ($v === null || $v instanceof ListNode))
        return lc__list_json($v);
    if ($t === 'TreeNode' && ($v === null || $v instanceof TreeNode))
        return lc__tree_json($v);
    return lc__json($v, 0);
}

function lc__cpu() {
    $r = getrusage();
    return $r['ru_utime.tv_sec'] * 1000000 + $r['ru_utime.tv_usec'] +
           $r['ru_stime.tv_sec'] * 1000000 + $r['ru_stime.tv_usec'];
}

// $types: the parameters' package types; $ret: the return type ('void' with
// $out >= 0, the index of the parameter whose final value is the answer).
function lc__run($types, $ret, $out, $method) {
    global $lc__input;
    $lines = explode("\n", $lc__input);
    $lc__input = null;
    $pos = 0;
    $next = function ($what) use (&$lines, &$pos) {
        while ($pos < count($lines)) {
            $s = $lines[$pos];
            $lines[$pos++] = null;
            if (trim($s) !== '')
                return $s;
        }
        lc__die("input ended early: $what missing");
    };
    $first = trim($next('the number of tests'));
    if (!preg_match('/^[0-9]+$/', $first))
        lc__die('bad number of tests: ' . substr($first, 0, 40));
    $chan = fopen('php://fd/3', 'wb');
    if ($chan === false)
        lc__die('cannot open the answer channel (fd 3)');
    $t = (int)$first;
    for ($i = 0; $i < $t; $i++) {
        $args = [];
        foreach ($types as $j => $ty)
            $args[] = lc__arg($next("test $i parameter $j"), $ty, $i, $j);
        $sol = new Solution();
        $c0 = lc__cpu();
        $r = $sol->$method(...$args);
        $c = lc__cpu() - $c0;
        $body = $out >= 0 ? lc__answer($types[$out], $args[$out]) : lc__answer($ret, $r);
        $msg = "#LC $i $c " . strlen($body) . "\n" . $body . "\n";
        while (strlen($msg) > 0) {
            $n = fwrite($chan, $msg);
            if ($n === false || $n === 0)
                lc__die('cannot write the answer channel (fd 3)');
            $msg = substr($msg, $n);
        }
        unset($args, $sol, $r);
    }
    fflush(STDOUT);
    exit(0);
}
