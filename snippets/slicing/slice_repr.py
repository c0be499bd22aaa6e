m = memoryview(b'Hello, World!')
first = m[:5]
print(first)
type(first)
first.tobytes()
first.tolist()
first.hex()
m[0]
m[0:1]
