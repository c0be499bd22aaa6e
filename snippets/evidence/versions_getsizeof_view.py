# mode: script
# sys.getsizeof() of a memoryview is 184 bytes where pointers are 8 bytes
# (Linux x86-64) and 96 where they are 4 (wasm32).
import struct
import sys
size = sys.getsizeof(memoryview(b""))
expected = {8: 184, 4: 96}[struct.calcsize("P")]
assert size == expected, size
