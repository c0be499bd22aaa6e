scalar = memoryview(b'\x07').cast('B', shape=[])
scalar.ndim, scalar.shape
len(scalar)
