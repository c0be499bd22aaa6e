m = memoryview(b'abcdef')
m[0]
m[5]
m[-1]
m[-6]
len(m)
