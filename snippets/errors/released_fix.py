with memoryview(b'abc') as m:
    data = m.tobytes()
    first = m[0]

data
first
m
