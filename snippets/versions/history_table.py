# mode: script
# also-on: history
# Each change CPython made to memoryview before 3.8, tried on this
# interpreter: "yes" where it is there, "no" where it is not.  The middle
# column is the version CPython's documentation dates the change to.  The
# script runs on Python 2.7 too, so it uses only what both languages share.
import collections
import sys

try:
    from collections.abc import Sequence
except ImportError:  # 2.7 keeps the ABCs in collections itself
    Sequence = collections.Sequence


def works(test):
    try:
        return bool(test())
    except Exception:
        return False


def with_statement():
    with memoryview(b"ab") as m:
        pass
    return True


data = b"abc"
changes = [
    ("memoryview built in", "3.0; 2.7", lambda: memoryview(data).tolist() == [97, 98, 99]),
    ("release()", "3.2", lambda: memoryview(data).release() is None),
    ("with memoryview(...) as m", "3.2", with_statement),
    ("m[0] of a byte view is an int", "3.3", lambda: memoryview(data)[0] == 97),
    ("cast()", "3.3", lambda: memoryview(b"abcd").cast("H").nbytes == 4),
    ("obj, nbytes", "3.3", lambda: memoryview(data).obj is data),
    ("c_contiguous, f_contiguous, contiguous", "3.3", lambda: memoryview(data).contiguous),
    ("hash() of a read-only byte view", "3.3", lambda: hash(memoryview(data)) == hash(data)),
    ("slicing with a step, m[::-1]", "3.3", lambda: memoryview(data)[::-1].tobytes() == b"cba"),
    ("a collections.abc.Sequence", "3.4", lambda: issubclass(memoryview, Sequence)),
    ("hex()", "3.5", lambda: memoryview(data).hex() == "616263"),
    ("one-integer tuple index, m[(0,)]", "3.5", lambda: memoryview(data)[(0,)] == 97),
    ("toreadonly()", "3.8", lambda: memoryview(bytearray(data)).toreadonly().readonly),
    ("hex(sep)", "3.8", lambda: memoryview(data).hex(":") == "61:62:63"),
    ("tobytes(order=)", "3.8", lambda: memoryview(data).tobytes("F") == data),
]
sys.stdout.write("change\tdocumented\tpresent\n")
for name, version, test in changes:
    sys.stdout.write("%s\t%s\t%s\n" % (name, version, "yes" if works(test) else "no"))
