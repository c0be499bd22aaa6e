m = memoryview(b'abcd')
m.tobytes(1)
m.tobytes(order='A')
