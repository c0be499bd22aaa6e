memoryview(b'ab', b'cd')
memoryview(b'ab' + b'cd').tobytes()
