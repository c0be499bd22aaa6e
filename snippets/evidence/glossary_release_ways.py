# mode: script
# A view gives up its exporter when release() is called, when its with block
# ends, or when its last reference goes away (CPython's reference counting).
data = bytearray(b"a")
m = memoryview(data)
m.release()
data.append(1)
with memoryview(data):
    pass
data.append(2)
m = memoryview(data)
del m
data.append(3)
assert data == bytearray(b"a\x01\x02\x03")
