flat = memoryview(bytes(range(6)))
wide = flat.cast('B', shape=[2, 3])
tall = flat.cast('B', shape=[3, 2])
flat == wide, wide == tall
wide.tobytes() == tall.tobytes()
wide == flat.cast('B', shape=[2, 3])
wide == tall.cast('B').cast('B', shape=[2, 3])
