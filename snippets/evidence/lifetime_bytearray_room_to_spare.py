# mode: script
# A growing bytearray keeps spare room in its block (__alloc__() exceeds its
# length plus the trailing NUL), and shrinking far below the block (here to
# about a third) makes it ask for a smaller one.
buf = bytearray()
spare = set()
for _ in range(100):
    buf.append(1)
    spare.add(buf.__alloc__() - len(buf))
assert max(spare) > 1, spare

buf = bytearray(1000)
buf.append(1)
block = buf.__alloc__()
del buf[block // 3:]
assert buf.__alloc__() < block, (block, buf.__alloc__())
