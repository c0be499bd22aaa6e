buf = bytearray(b'abc')
m = memoryview(buf)
class Sneaky:
    def __index__(self):
        m.release()
        return ord('X')

m[0] = Sneaky()
buf
m
