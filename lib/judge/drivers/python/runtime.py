
# ---- LiteCode driver runtime (lib/judge/drivers/python/runtime.py) ---------
# Follows the driver protocol of lib/judge/signature.h. The prelude has
# already read all of stdin into lc__stdin_bytes and put /dev/null on fd 0.
# Every name here starts with lc__ so that user code cannot collide with it.
import json as lc__json
import os as lc__os
import sys as lc__sys
import time as lc__time

lc__NODE_CAP = 1000000
lc__loads = lc__json.loads
lc__cpu = lc__time.process_time_ns


def lc__fail(msg):
    lc__sys.stderr.write("litecode driver: " + msg + "\n")
    try:
        lc__sys.stdout.flush()
    except Exception:
        pass
    lc__sys.stderr.flush()
    lc__os._exit(3)


def lc__begin(nparams):
    """Splits stdin into T and the per-test lines (blank lines carry no JSON)."""
    try:
        text = lc__stdin_bytes.decode("utf-8")
    except UnicodeDecodeError as ex:
        lc__fail("input is not UTF-8: %s" % ex)
    # split on "\n" only: str.splitlines would also split on U+2028 and the
    # like, which may appear raw inside a JSON string
    lines = [ln for ln in text.split("\n") if ln.strip()]
    try:
        n = int(lines[0])
    except (IndexError, ValueError):
        lc__fail("the first line of the input must be the number of tests")
    if n < 0 or len(lines) - 1 != n * nparams:
        lc__fail("expected %d tests of %d lines, got %d lines" % (n, nparams, len(lines) - 1))
    return n, lines


def lc__args(lines, i, parsers):
    """Fresh arguments for test i (0-based)."""
    k = len(parsers)
    base = 1 + i * k
    out = []
    for j in range(k):
        try:
            out.append(parsers[j](lc__loads(lines[base + j])))
        except Exception as ex:
            lc__fail("test %d, parameter %d: bad input: %r" % (i, j + 1, ex))
    return out


# ---- parsers: JSON value -> the Python object LeetCode passes -------------

def lc__p_same(v):
    return v


def lc__p_double(v):
    if type(v) is bool or not isinstance(v, (int, float)):
        raise ValueError("not a number")
    return float(v)


def lc__p_double_arr(v):
    return [lc__p_double(x) for x in v]


def lc__p_list(v):
    head = None
    for x in reversed(v):
        node = ListNode(x)
        node.next = head
        head = node
    return head


def lc__p_tree(v):
    # LeetCode's level order: children are listed for non-null nodes only
    if not v or v[0] is None:
        return None
    root = TreeNode(v[0])
    queue = [root]
    qi = 0
    i = 1
    n = len(v)
    while i < n:
        node = queue[qi]
        qi += 1
        x = v[i]
        i += 1
        if x is not None:
            child = TreeNode(x)
            node.left = child
            queue.append(child)
        if i < n:
            x = v[i]
            i += 1
            if x is not None:
                child = TreeNode(x)
                node.right = child
                queue.append(child)
    return root


# ---- serializers: returned value -> JSON text -----------------------------

class lc__Invalid(Exception):
    pass


def lc__default(o):
    # sets, deques, tuples of tuples, generators...: LeetCode accepts any iterable
    try:
        return list(o)
    except TypeError:
        raise TypeError("a %s is not a valid answer" % type(o).__name__) from None


lc__encode = lc__json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                                  default=lc__default).encode
lc__encode_ascii = lc__json.JSONEncoder(ensure_ascii=True, separators=(",", ":"),
                                        allow_nan=False, default=lc__default).encode


def lc__s_any(v):
    return lc__encode(v)


def lc__s_int(v):
    if type(v) is bool:
        v = int(v)
    return lc__encode(v)


def lc__s_double(v):
    if isinstance(v, int):  # an int (or bool) answer for a double is fine
        v = float(v)
    return lc__encode(v)


def lc__s_bool(v):
    if type(v) is int:
        v = v != 0
    return lc__encode(v)


def lc__s_list(head):
    vals = []
    node = head
    n = 0
    while node is not None:
        n += 1
        if n > lc__NODE_CAP:
            raise lc__Invalid("list too long or cyclic")
        vals.append(node.val)
        node = node.next
    return lc__encode(vals)


def lc__s_tree(root):
    if root is None:
        return "[]"
    out = [root.val]
    queue = [root]
    qi = 0
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        for child in (node.left, node.right):
            if child is None:
                out.append(None)
            else:
                if len(queue) >= lc__NODE_CAP:
                    raise lc__Invalid("tree too large or cyclic")
                out.append(child.val)
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return lc__encode(out)


def lc__invalid(reason):
    return lc__encode("<invalid: %s>" % reason)


def lc__frame(index, cpu_ns, ser, value):
    """Writes the frame of test `index` to fd 3 (unbuffered: it is on the
    channel even if a later test crashes)."""
    try:
        text = ser(value)
    except MemoryError:
        raise
    except lc__Invalid as ex:
        text = lc__invalid(str(ex))
    except ValueError as ex:
        msg = str(ex)
        text = lc__invalid("nan" if "float" in msg else msg)
    except RecursionError:
        text = lc__invalid("nested too deeply")
    except Exception as ex:
        text = lc__invalid("%s: %s" % (type(ex).__name__, ex))
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape them as \uXXXX
        data = lc__encode_ascii(lc__loads(text)).encode("ascii")
    buf = b"#LC %d %d %d\n" % (index, cpu_ns // 1000, len(data)) + data + b"\n"
    view = memoryview(buf)
    while view:
        view = view[lc__os.write(3, view):]


# ---- tracebacks in the user's own line numbers ----------------------------
# The generated main sets lc__user_span = (first, last): the lines of main.py
# that hold the user's code. A traceback shows those frames as solution.py
# with the user's line numbers and leaves out the driver's frames; anything
# unexpected falls back to Python's own hook.

def lc__remap(te, filename, first, last):
    while te is not None:
        stack = te.stack
        if any(f.filename == filename and first <= f.lineno <= last for f in stack):
            kept = []
            for f in stack:
                if f.filename == filename:
                    if not first <= f.lineno <= last:
                        continue  # the driver's own frames
                    f.line  # cache the source line before moving the number
                    f.filename = "solution.py"
                    f.lineno -= first - 1
                    if getattr(f, "end_lineno", None) is not None:  # 3.11+ (not PyPy 3.9)
                        f.end_lineno -= first - 1
                kept.append(f)
            te.stack = type(stack).from_list(kept)
        te = te.__cause__ or te.__context__


def lc__excepthook(tp, value, tb):
    try:
        import traceback
        first, last = lc__user_span
        te = traceback.TracebackException(tp, value, tb, limit=-1000)
        lc__remap(te, lc__main.__code__.co_filename, first, last)
        text = "".join(te.format())
    except BaseException:
        lc__sys.__excepthook__(tp, value, tb)
        return
    lc__sys.stderr.write(text)
    lc__sys.stderr.flush()


lc__sys.excepthook = lc__excepthook
