m = memoryview(b'abc')
exported = m.__buffer__(0)
m.release()
m.__release_buffer__(exported)
exported
m.release()
m.__release_buffer__(memoryview(b'other'))
