# mode: script
# Reading 3.14 packed as a C float back through cast('f') gives the float
# whose repr is 3.140000104904175, not 3.14.
import struct

value = memoryview(struct.pack("iif", 42, 100, 3.14)).cast("f")[2]
assert repr(value) == "3.140000104904175", repr(value)
