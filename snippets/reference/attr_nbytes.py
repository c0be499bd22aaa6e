import array
m = memoryview(array.array('i', [1, 2, 3, 4, 5]))
len(m), m.itemsize, m.nbytes
evens = m[::2]
len(evens), evens.nbytes, len(evens.tobytes())
grid = memoryview(bytes(24)).cast('d', shape=[1, 3])
len(grid), grid.shape, grid.nbytes
