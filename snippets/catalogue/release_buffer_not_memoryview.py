data = bytearray(b'abc')
data.__release_buffer__(b'abc')
