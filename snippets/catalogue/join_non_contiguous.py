m = memoryview(b'abcdef')
b'-'.join([m[::2], m[1::2]])
b'-'.join([m[:3], m[3:]])
b'-'.join([m[::2].tobytes(), m[1::2].tobytes()])
