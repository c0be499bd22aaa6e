# mode: script
# cast() copies nothing: a write through the cast view shows in the
# original view and in the bytearray, and the reverse.
data = bytearray(4)
m = memoryview(data)
words = m.cast('H')
grid = m.cast('B', [2, 2])
words[0] = 0x4141
assert data[:2] == b'AA' and m[0] == 0x41 and grid[0, 1] == 0x41
data[3] = 0x42
assert grid[1, 1] == 0x42 and m.cast('c')[3] == b'B'
