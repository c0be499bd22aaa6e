# mode: script
# tobytes() copies: the bytes it returned keep their value after the
# memory under the view changes.
buf = bytearray(b"Hello, World!")
head = memoryview(buf)[:5]
copy = head.tobytes()
buf[0] = ord("J")
assert head.tobytes() == b"Jello", head.tobytes()
assert copy == b"Hello", copy
