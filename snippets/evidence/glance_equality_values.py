# mode: script
# == compares two views item by item as Python values, each side unpacked
# with its own format: equal values in different formats are equal, equal
# bytes read as different values are not, and shapes must match.
from array import array

assert memoryview(array("i", [1, 2])) == memoryview(array("d", [1.0, 2.0]))
assert memoryview(array("i", [1, 2])).tobytes() != array("d", [1.0, 2.0]).tobytes()
assert memoryview(b"\xff") != memoryview(b"\xff").cast("b")
assert memoryview(b"ab") == b"ab" and memoryview(b"ab") == bytearray(b"ab")
flat = memoryview(bytes(4))
assert flat != flat.cast("B", [2, 2])
assert flat.cast("B", [2, 2]) == memoryview(bytearray(4)).cast("B", [2, 2])
