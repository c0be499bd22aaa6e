all_ones = memoryview(b'\xff' * 8)
for fmt in 'bBhHiIlLqQ':
    print(fmt, all_ones.cast(fmt)[0])

