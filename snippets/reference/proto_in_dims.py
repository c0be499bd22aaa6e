scalar = memoryview(b'\x07').cast('B', shape=[])
7 in scalar
grid = memoryview(bytes(range(6))).cast('B', shape=[2, 3])
0 in grid
