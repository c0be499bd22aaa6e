# mode: script
# cast() reads items in little-endian order: the lowest byte comes first.
import sys

assert sys.byteorder == "little", sys.byteorder
assert memoryview(b"\x01\x00").cast("H")[0] == 1
assert memoryview(b"\x01\x00\x00\x00").cast("i")[0] == 1
