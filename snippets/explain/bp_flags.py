import inspect, io, struct
class Spy:
    def __init__(self):
        self.data = bytearray(b'abcd')
    def __buffer__(self, flags):
        print(repr(inspect.BufferFlags(flags)))
        return memoryview(self.data)

spy = Spy()
m = memoryview(spy)
bytes(spy)
struct.unpack('4B', spy)
io.BytesIO().write(spy)
io.BytesIO(b'wxyz').readinto(spy)
spy.data
