data = bytes(1_000_000)
m = memoryview(data)
part = m[100:200]
len(part)
part.nbytes
part.obj is data
