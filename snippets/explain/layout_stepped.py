m = memoryview(b'abcdefgh')
evens = m[::2]
evens.shape, evens.strides, evens.nbytes
evens.tobytes()
evens.contiguous, evens.c_contiguous, evens.f_contiguous
m[1::2].tobytes()
m[2:6].strides, m[2:6].contiguous
backwards = m[::-1]
backwards.strides, backwards.tobytes(), backwards.contiguous
