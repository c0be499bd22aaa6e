# mode: script
# If 4 trailing bytes follow a section of 'I' values, a cast of the whole
# rest succeeds without an error and has one extra number.
import struct

blob = struct.pack("<4I", 10, 20, 30, 40) + b"\xff\xff\xff\xff"
values = memoryview(blob).cast("I")
assert len(values) == 5, len(values)
assert values.tolist()[:4] == [10, 20, 30, 40], values.tolist()
