data = bytearray(b'abcdef')
m = memoryview(data)
m[0] = 65
m[1:3] = b'BC'
m[::2] = b'xyz'
data
grid = memoryview(bytearray(6)).cast('B', shape=[2, 3])
grid[1, 2] = 9
grid.tolist()
