# mode: script
# Format 'Q' (unsigned long long) has items of 8 bytes, and holds 0 to 2**64 - 1.
q = memoryview(bytearray(8)).cast('Q')
assert q.itemsize == 8, q.itemsize
q[0] = 2 ** 64 - 1
assert q[0] == 2 ** 64 - 1
