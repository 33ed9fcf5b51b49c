import os


class Solution:
    def addTwo(self, a: int, b: int) -> int:
        # garbage and a bogus frame on the driver's channel (fd 3): the judge
        # skips garbage, ignores indexes past the test count, and the driver's
        # own frame for this test comes after these bytes
        try:
            os.write(3, b"garbage without a newline? no: with one\n")
            os.write(3, b"#LC 99 0 1\n7\n")
            os.write(3, b"#LC nonsense\n{\"x\":\n")
            os.write(3, b"\x00\xff\xfe binary junk\n")
        except OSError:
            pass
        return a + b
