flat = memoryview(bytes(6))
flat.cast('B', shape=[2, 3]) == flat.cast('B', shape=[2, 3])
flat.cast('B', shape=[2, 3]) == flat.cast('B', shape=[3, 2])
flat.cast('B', shape=[2, 3]) == flat
memoryview(b'') == memoryview(b'').cast('d')
