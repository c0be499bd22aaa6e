# mode: script
# The surprises listed on the equality page: each one holds.
import ctypes
import struct


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int)]


nan = memoryview(struct.pack("d", float("nan"))).cast("d")
assert not nan == nan
odd = memoryview(Point(1, 2))
assert not odd == odd
raw = memoryview(b"\xff")
assert raw != raw.cast("b") and raw != raw.cast("c")
flat = memoryview(b"abcdef")
assert flat != flat.cast("B", shape=[2, 3])
assert memoryview(b"\x01\x02") == memoryview(struct.pack("2i", 1, 2)).cast("i")
assert memoryview(struct.pack("2i", 1, 2)).cast("i") == memoryview(
    struct.pack("2d", 1, 2)).cast("d")
assert memoryview(struct.pack("f", 0.0)).cast("f") == memoryview(
    struct.pack("f", -0.0)).cast("f")
gone = memoryview(b"abc")
gone.release()
assert gone == gone and gone != memoryview(b"abc") and gone != b"abc"
assert {b"abcdef": 42}[flat] == 42
try:
    hash(memoryview(bytearray(b"abc")).toreadonly())
except TypeError as e:
    assert str(e).startswith("unhashable type"), e
else:
    raise AssertionError("read-only view of a bytearray was hashed")
assert hash(flat.cast("B", shape=[2, 3])) == hash(b"abcdef")
assert hash(flat[::2]) == hash(b"ace")
hashed, never = memoryview(b"abc"), memoryview(b"abc")
hash(hashed)
hashed.release()
never.release()
hash(hashed)
try:
    hash(never)
except ValueError:
    pass
else:
    raise AssertionError("a view released before hashing was hashed")
