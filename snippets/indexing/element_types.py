m = memoryview(bytes([255, 65, 0, 1]))
m[0]
m.cast('b')[0]
m.cast('c')[1]
m.cast('?')[2]
m.cast('?')[3]
