m = memoryview(b'abc')
m[0], m[-1]
m.cast('c')[0]
m[True]
m[1:]
m[1:].tobytes()
grid = m.cast('B', shape=[1, 3])
grid[0, 2]
scalar = memoryview(b'\x07').cast('B', shape=[])
scalar[()]
scalar[...]
