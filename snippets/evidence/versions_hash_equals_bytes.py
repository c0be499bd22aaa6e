# mode: script
# A read-only byte view hashes equal to the bytes object with the same
# content, for any content.
for data in (b"", b"abc", bytes(range(256)), b"x" * 10000):
    assert hash(memoryview(data)) == hash(data), data[:8]
    assert hash(memoryview(data)[1:]) == hash(data[1:]), data[:8]
