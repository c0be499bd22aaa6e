from _testbuffer import ndarray, ND_PIL
pil = ndarray(list(range(12)), shape=[3, 4], format='B', flags=ND_PIL)
m = memoryview(pil)
m.suboffsets
m.strides
m.tolist()
m.c_contiguous, m.f_contiguous, m.contiguous
m.tobytes()
