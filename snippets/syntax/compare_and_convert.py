a = memoryview(b"abc")
b = memoryview(bytearray(b"abc"))
a is b
a == b
a == b"abc"
bytes(a)
a.tobytes()
bytes(a) == b.tobytes()
a < b
