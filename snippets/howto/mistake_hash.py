buf = bytearray(b"abc")
hash(memoryview(buf))
hash(memoryview(buf).toreadonly())
hash(memoryview(bytes(4)).cast("i"))
key = memoryview(buf).tobytes()
hash(key) == hash(b"abc")
cache = {memoryview(b"abc"): "found"}
cache[b"abc"]
