# mode: script
# Views cast to 'B' compare their raw bytes: a 'B' and a 'b' view of
# ff ff, and a view of a NaN double with itself, compare equal after
# cast('B'), as tobytes() does.
import struct

unsigned = memoryview(b"\xff\xff")
signed = unsigned.cast("b")
assert unsigned != signed
assert unsigned.cast("B") == signed.cast("B")
nan = memoryview(struct.pack("d", float("nan"))).cast("d")
assert nan != nan
assert nan.cast("B") == nan.cast("B")
assert nan.tobytes() == nan.tobytes()
