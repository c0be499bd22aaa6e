import struct
zero = memoryview(struct.pack('f', 0.0)).cast('f')
minus_zero = memoryview(struct.pack('f', -0.0)).cast('f')
zero == minus_zero
hash(zero.tobytes()) == hash(minus_zero.tobytes())
hash(zero)
0.0 == -0.0, hash(0.0) == hash(-0.0)
unsigned = memoryview(b'\xff')
signed = unsigned.cast('b')
unsigned == signed, hash(unsigned) == hash(signed)
