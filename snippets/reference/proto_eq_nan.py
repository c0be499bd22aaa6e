import array
m = memoryview(array.array('d', [float('nan')]))
m == m
m.tobytes() == m.tobytes()
gone = memoryview(b'ab')
gone.release()
gone == gone
gone == memoryview(b'ab')
