# mode: script
# Format 'i' is a 4-byte signed int: it holds -2**31 to 2**31 - 1.
i = memoryview(bytearray(4)).cast('i')
assert i.itemsize == 4, i.itemsize
i[0] = 2 ** 31 - 1
i[0] = -2 ** 31
try:
    i[0] = 2 ** 31
except ValueError:
    pass
else:
    raise AssertionError("'i' took 2**31")
