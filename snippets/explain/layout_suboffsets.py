from _testbuffer import ndarray, ND_PIL
m = memoryview(ndarray(list(range(6)), shape=[2, 3], format='B', flags=ND_PIL))
m.shape, m.strides, m.suboffsets
m.tolist()
m[1, 2]
m.c_contiguous, m.f_contiguous
m.tobytes()
memoryview(b'abc').suboffsets
