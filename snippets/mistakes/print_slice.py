view = memoryview(b'Hello, World!')
view[:5]
print(view[:5])
view[:5].tobytes()
