import array
memoryview(b'ab').tolist()
memoryview(b'ab').cast('c').tolist()
memoryview(b'\x00\x01').cast('?').tolist()
memoryview(array.array('d', [0.5, 2.0])).tolist()
memoryview(bytes(range(8))).cast('B', shape=[2, 2, 2]).tolist()
memoryview(b'\x07').cast('B', shape=[]).tolist()
