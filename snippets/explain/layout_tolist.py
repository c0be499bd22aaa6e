data = bytes(range(8))
memoryview(data).tolist()
memoryview(data).cast('B', shape=[2, 4]).tolist()
cube = memoryview(data).cast('B', shape=[2, 2, 2])
cube.tolist()
len(cube), cube.nbytes
scalar = memoryview(data).cast('q', shape=[])
scalar.ndim, scalar.shape, scalar.tolist()
