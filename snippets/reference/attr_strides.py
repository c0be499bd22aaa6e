import array
m = memoryview(array.array('i', range(10)))
m.itemsize, m.strides
m[::3].strides, m[::3].tolist()
m[::-1].strides
m[::-2].strides, m[::-2].tolist()
grid = memoryview(bytearray(24)).cast('i', shape=[2, 3])
grid.strides
memoryview(bytearray(24)).cast('B', shape=[2, 3, 4]).strides
