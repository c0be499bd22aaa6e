a, b = memoryview(b'ab'), memoryview(b'b')
a < b
a <= b
a > b'a'
sorted([b, a])
a.tobytes() < b.tobytes()
sorted([b, a], key=bytes)
