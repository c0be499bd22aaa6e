m = memoryview(b'0123456789')
m.strides, m.contiguous
m[2:7].strides, m[2:7].contiguous
evens = m[::2]
evens.strides, evens.shape
evens.contiguous, evens.c_contiguous, evens.f_contiguous
m[::-1].strides, m[::-1].contiguous
evens.tobytes()
