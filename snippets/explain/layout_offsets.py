data = bytes([10, 20, 30, 40, 50, 60])
grid = memoryview(data).cast('B', shape=[2, 3])
grid.shape, grid.strides, grid.suboffsets
grid.tolist()
i, j = 1, 2
offset = i * grid.strides[0] + j * grid.strides[1]
offset, data[offset], grid[i, j]
[[r * grid.strides[0] + c * grid.strides[1] for c in range(3)] for r in range(2)]
