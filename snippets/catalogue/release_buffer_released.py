data = bytearray(b'abc')
view = data.__buffer__(0)
view.release()
data.__release_buffer__(view)
