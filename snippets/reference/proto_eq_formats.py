import array
memoryview(b'\x01') == memoryview(b'\x01').cast('b')
memoryview(b'\xff') == memoryview(b'\xff').cast('b')
memoryview(b'ab') == memoryview(b'ab').cast('c')
memoryview(array.array('i', [1, 2])) == array.array('d', [1.0, 2.0])
ints = memoryview(array.array('i', [1, 2]))
ints == ints.tobytes()
