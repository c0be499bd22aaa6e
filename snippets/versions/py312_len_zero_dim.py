scalar = memoryview(b'\x07').cast('B', shape=[])
scalar.ndim, scalar.shape
scalar[()]
len(scalar)
