import array
m = memoryview(array.array('u', 'hi'))
m.format
m[0]
m.tolist()
m.itemsize
m.tobytes()
