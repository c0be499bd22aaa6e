# mode: script
# Casting to a shape copies nothing: a change to the bytearray shows in the
# 2-D view, and a write through the view shows in the bytearray.
buf = bytearray(range(6))
grid = memoryview(buf).cast("B", [2, 3])
buf[5] = 99
assert grid[1, 2] == 99, grid.tolist()
grid[0, 0] = 42
assert buf[0] == 42, buf
