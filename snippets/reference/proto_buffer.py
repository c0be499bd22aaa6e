m = memoryview(b'x')
m.__buffer__(0)
m.__buffer__(0).obj is m
m.__buffer__(0).readonly
m.__buffer__(1)
memoryview(bytearray(b'x')).__buffer__(1).readonly
