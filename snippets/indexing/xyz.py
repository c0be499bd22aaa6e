data = bytearray('XYZ', 'utf-8')
m = memoryview(data)
m[2] = 74
data
m[2]
