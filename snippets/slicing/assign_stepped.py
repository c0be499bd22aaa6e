buf = bytearray(b'abcdef')
m = memoryview(buf)
m[::2] = b'XYZ'
buf
m[1::2] = memoryview(b'1-2-3-')[::2]
buf
m[::-1] = b'ABCDEF'
buf
m[::2] = b'XY'
