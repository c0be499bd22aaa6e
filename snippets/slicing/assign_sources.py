buf = bytearray(b'abcdef')
m = memoryview(buf)
m[0:2] = b'XY'
m[2:4] = bytearray(b'PQ')
m[4:6] = memoryview(b'..12..')[2:4]
buf
m[0:3] = m[3:6]
buf
m[0:2] = [65, 66]
m[0:2] = 'AB'
