data = bytearray(b'abc')
data.__release_buffer__(memoryview(b'abc'))
view = data.__buffer__(0)
data.__release_buffer__(view)
