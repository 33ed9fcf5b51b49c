/* ---- LiteCode JavaScript driver runtime (lib/judge/drivers/javascript/runtime.js) ----
 * The protocol is in lib/judge/signature.h. The generated program is:
 *   prelude (one line: ListNode, TreeNode, `var lc__input = lc__readInput();`)
 *   user code, unchanged (so its line numbers match the user's file)
 *   this runtime
 *   main: `lc__run([param types], return type, output index, call)`
 * Everything here is a function declaration or a `var` that is only read
 * from lc__run, so the prelude may call lc__readInput before this point
 * (declarations are hoisted). Every name starts with lc__. No recursion over
 * lists or trees: 100,000-node chains work whatever the stack size. */

var lc__CAP = 1000000; /* ListNode / TreeNode serialization node cap */

function lc__die(msg) {
    try {
        lc__fs.writeSync(2, 'litecode driver: ' + msg + '\n');
    } catch (lc__e) {
        /* nothing left to report to */
    }
    process.exit(3);
}

function lc__sleep1ms() {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}

/* All of stdin (the prelude calls this before the user code runs), then fd 0
 * becomes /dev/null so a solution that reads stdin sees EOF. */
function lc__readInput() {
    var fs = lc__fs, chunk = Buffer.allocUnsafe(1 << 20), parts = [], n;
    for (;;) {
        try {
            n = fs.readSync(0, chunk, 0, chunk.length, null);
        } catch (lc__e) {
            if (lc__e.code === 'EAGAIN') {
                lc__sleep1ms();
                continue;
            }
            if (lc__e.code === 'EOF')
                break;
            lc__die('cannot read stdin: ' + lc__e.message);
        }
        if (n === 0)
            break;
        parts.push(Buffer.from(chunk.subarray(0, n)));
    }
    try {
        /* No dup2 in node: close fd 0 and reopen /dev/null, which takes the
         * lowest free descriptor (0). Only once /dev/null is known to open. */
        var probe = fs.openSync('/dev/null', 'r');
        fs.closeSync(0);
        var fd = fs.openSync('/dev/null', 'r');
        if (fd !== 0)
            fs.closeSync(fd);
        fs.closeSync(probe);
    } catch (lc__e) {
        /* stdin stays at EOF: enough */
    }
    return { lines: Buffer.concat(parts).toString('utf8').split('\n'), pos: 0 };
}

function lc__nextLine(inp, what) {
    while (inp.pos < inp.lines.length) {
        var s = inp.lines[inp.pos];
        inp.lines[inp.pos++] = undefined;
        if (/\S/.test(s))
            return s;
    }
    lc__die('input ended early: ' + what + ' missing');
    return '';
}

/* Checks that v (parsed JSON) fits the package type t. */
function lc__fits(t, v) {
    switch (t) {
    case 'int':
    case 'long':
    case 'double':
        return typeof v === 'number';
    case 'bool':
        return typeof v === 'boolean';
    case 'string':
    case 'character':
        return typeof v === 'string';
    case 'ListNode':
    case 'TreeNode':
        if (!Array.isArray(v))
            return false;
        for (var i = 0; i < v.length; i++)
            if (typeof v[i] !== 'number' && !(t === 'TreeNode' && v[i] === null))
                return false;
        return true;
    default:
        if (t.slice(-2) !== '[]' || !Array.isArray(v))
            return false;
        var et = t.slice(0, -2);
        for (var j = 0; j < v.length; j++)
            if (!lc__fits(et, v[j])) /* at most two levels deep */
                return false;
        return true;
    }
}

function lc__newList(a) {
    var head = null, tail = null;
    for (var i = 0; i < a.length; i++) {
        var n = new ListNode(a[i]);
        n.next = null;
        if (tail)
            tail.next = n;
        else
            head = n;
        tail = n;
    }
    return head;
}

function lc__newTreeNode(v) {
    var n = new TreeNode(v);
    n.left = null;
    n.right = null;
    return n;
}

/* LeetCode's level order: children are listed for non-null nodes only. */
function lc__newTree(a) {
    if (a.length === 0 || a[0] === null)
        return null;
    var root = lc__newTreeNode(a[0]), q = [root], qh = 0, i = 1;
    while (i < a.length && qh < q.length) {
        var nd = q[qh];
        q[qh++] = undefined;
        if (a[i] !== null) {
            nd.left = lc__newTreeNode(a[i]);
            q.push(nd.left);
        }
        i++;
        if (i < a.length) {
            if (a[i] !== null) {
                nd.right = lc__newTreeNode(a[i]);
                q.push(nd.right);
            }
            i++;
        }
    }
    return root;
}

function lc__arg(inp, t, test, param) {
    var line = lc__nextLine(inp, 'test ' + test + ' parameter ' + param), v;
    try {
        v = JSON.parse(line);
    } catch (lc__e) {
        lc__die('test ' + test + ' parameter ' + param + ': bad JSON: ' + lc__e.message);
    }
    if (!lc__fits(t, v))
        lc__die('test ' + test + ' parameter ' + param + ': not a ' + t);
    if (t === 'ListNode')
        return lc__newList(v);
    if (t === 'TreeNode')
        return lc__newTree(v);
    return v;
}

/* A number as JSON. Integers beyond 2^53 are not exact in a double: they are
 * written as reals ("...0.0") so the judge compares them by value (as on
 * LeetCode) and a value past 64 bits still parses. */
function lc__num(v) {
    if (v !== v || v === Infinity || v === -Infinity)
        return '"<invalid: nan>"';
    var s = String(v);
    if (Number.isInteger(v) && !Number.isSafeInteger(v) && s.indexOf('e') < 0)
        s += '.0';
    return s;
}

function lc__json(v, depth) {
    switch (typeof v) {
    case 'number':
        return lc__num(v);
    case 'string':
        return JSON.stringify(v);
    case 'boolean':
        return v ? 'true' : 'false';
    case 'bigint':
        return v.toString();
    case 'object':
        if (v === null)
            return 'null';
        if (depth > 64)
            return '"<invalid: nested too deep>"';
        if (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView))) {
            var n = v.length, parts = new Array(n);
            for (var i = 0; i < n; i++)
                parts[i] = lc__json(v[i], depth + 1);
            return '[' + parts.join(',') + ']';
        }
        if (v instanceof Number || v instanceof String || v instanceof Boolean)
            return lc__json(v.valueOf(), depth);
        try {
            var s = JSON.stringify(v);
            return s === undefined ? 'null' : s;
        } catch (lc__e) {
            return '"<invalid: unserializable value>"';
        }
    default: /* undefined, function, symbol */
        return 'null';
    }
}

function lc__listJson(head) {
    var parts = [], k = 0;
    for (var n = head; n !== null && n !== undefined; n = n.next) {
        if (++k > lc__CAP)
            return '"<invalid: list too long or cyclic>"';
        parts.push(lc__json(n.val, 0));
    }
    return '[' + parts.join(',') + ']';
}

function lc__treeJson(root) {
    if (root === null || root === undefined)
        return '[]';
    var parts = [], q = [root], qh = 0, k = 0;
    while (qh < q.length) {
        var n = q[qh];
        q[qh++] = undefined;
        if (n === null || n === undefined) {
            parts.push('null');
            continue;
        }
        if (++k > lc__CAP)
            return '"<invalid: tree too large or cyclic>"';
        parts.push(lc__json(n.val, 0));
        q.push(n.left === undefined ? null : n.left, n.right === undefined ? null : n.right);
    }
    var end = parts.length;
    while (end > 0 && parts[end - 1] === 'null')
        end--;
    parts.length = end;
    return '[' + parts.join(',') + ']';
}

function lc__answer(t, v) {
    if (t === 'ListNode')
        return lc__listJson(v);
    if (t === 'TreeNode')
        return lc__treeJson(v);
    return lc__json(v, 0);
}

function lc__writeAll(fd, buf) {
    var off = 0;
    while (off < buf.length) {
        try {
            off += lc__fs.writeSync(fd, buf, off, buf.length - off);
        } catch (lc__e) {
            if (lc__e.code === 'EAGAIN') {
                lc__sleep1ms();
                continue;
            }
            lc__die('cannot write the answer channel (fd ' + fd + '): ' + lc__e.message);
        }
    }
}

function lc__frame(index, cpu, json) {
    var body = Buffer.from(json, 'utf8');
    var head = Buffer.from('#LC ' + index + ' ' + cpu + ' ' + body.length + '\n', 'latin1');
    lc__writeAll(3, Buffer.concat([head, body, Buffer.from('\n', 'latin1')]));
}

/* types: the parameters' package types; ret: the return type ('void' with
 * out >= 0, the index of the parameter whose final value is the answer);
 * call(args): calls the user's function once. */
function lc__run(types, ret, out, call) {
    var inp = lc__input, cu = process.cpuUsage;
    lc__input = null;
    var first = lc__nextLine(inp, 'the number of tests').trim();
    if (!/^[0-9]+$/.test(first))
        lc__die('bad number of tests: ' + first.slice(0, 40));
    var t = Number(first);
    for (var i = 0; i < t; i++) {
        var args = new Array(types.length);
        for (var j = 0; j < types.length; j++)
            args[j] = lc__arg(inp, types[j], i, j);
        var c0 = cu.call(process);
        var r = call(args);
        var c = cu.call(process, c0);
        lc__frame(i, c.user + c.system, out >= 0 ? lc__answer(types[out], args[out]) : lc__answer(ret, r));
    }
    lc__exit();
}

/* Exit 0 once the user's stdout/stderr are flushed: node writes to pipes
 * asynchronously and process.exit() would drop what is still queued. Exiting
 * explicitly (not by an empty event loop) ends the run even when user code
 * left a timer or a listener behind. */
function lc__exit() {
    var pending = 1, streams = [process.stdout, process.stderr];
    function fin() {
        if (--pending === 0)
            process.exit(0);
    }
    for (var i = 0; i < streams.length; i++) {
        var s = streams[i];
        if (!s || !s.writableLength || s.destroyed)
            continue;
        pending++;
        s.on('error', function () {});
        try {
            s.write('', fin);
        } catch (lc__e) {
            fin();
        }
    }
    fin();
}

/* The user's function: `var name = function` / `function name` / `const name
 * = ...` (passed in when defined), else a method of a `class Solution` (a new
 * object per test, as LeetCode does for class-based languages). */
function lc__pick(fn, name, cls) {
    if (typeof fn === 'function')
        return function (args) {
            return fn.apply(undefined, args);
        };
    if (typeof cls === 'function' && cls.prototype && typeof cls.prototype[name] === 'function')
        return function (args) {
            var o = new cls();
            return o[name].apply(o, args);
        };
    lc__fs.writeSync(2, 'litecode: the function ' + name + ' is not defined\n');
    process.exit(1);
    return null;
}
