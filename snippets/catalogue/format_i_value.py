i = memoryview(bytearray(8)).cast('i')
i[0] = 2**31
i[0] = 2**31 - 1
q = memoryview(bytearray(8)).cast('q')
q[0] = 2**31
q.tolist()
