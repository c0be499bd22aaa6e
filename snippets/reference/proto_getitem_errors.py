m = memoryview(b'abc')
m[3]
m['a']
m[0, 1]
grid = m.cast('B', shape=[1, 3])
grid[0]
grid[0:1, 0:1]
