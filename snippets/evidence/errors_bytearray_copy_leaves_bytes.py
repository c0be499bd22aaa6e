# mode: script
# bytearray(some_bytes) is a copy: writing through a view of the copy
# changes the copy and never the original bytes object.
original = b'readonly'
copy = bytearray(original)
m = memoryview(copy)
m[0] = ord('R')
m[1:3] = b'EA'
assert copy == bytearray(b'REAdonly'), copy
assert original == b'readonly', original
