# expect: success result=Wrong_Answer
# pkg: pkg_func
# check: "lcsecret" not in json.dumps(j)
# Item: Python's driver keeps its input in globals the solution can print; with
# `reveal: samples` no stdout of a process that saw secret tests is shown.
import sys
class Solution:
    def secretLength(self, s: str) -> int:
        for name, v in list(sys.modules["__main__"].__dict__.items()):
            print(name, repr(v)[:2000])
        print("arg", s)
        print("arg", s, file=sys.stderr)
        return len(s) if s == "hello" else -1
