import array
m = memoryview(array.array('l', [-11111111, 22222222, -33333333, 44444444]))
m[0], m[-1]
m[2:3].tolist()
m[::2].tolist()
m[::-1].tolist()
y = memoryview(array.array('d', [1.0, 2.0, 3.0, 4.0, 5.0]))
y[::-2].tolist()
y[::-2] == array.array('b', [5, 3, 1])
