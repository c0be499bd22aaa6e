# mode: script
# Views of bytes and bytearray have format 'B': each element is an int from
# 0 to 255.
for data in (b"\x00\xff", bytearray(b"\x00\xff")):
    m = memoryview(data)
    assert m.format == "B", m.format
    assert (m[0], m[1]) == (0, 255)
