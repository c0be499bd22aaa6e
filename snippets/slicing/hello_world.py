m = memoryview(b'Hello, World!')
m[:5]
bytes(m[:5])
m[7:].tobytes()
list(m)
