# mode: script
# A stepped slice is still a view of the same memory and copies nothing: it
# sees later changes, and its step is in its strides.
buf = bytearray(range(10))
every_other = memoryview(buf)[::2]
backwards = memoryview(buf)[::-1]
assert every_other.obj is buf and backwards.obj is buf
assert every_other.strides == (2,) and backwards.strides == (-1,)
buf[8] = 99
assert every_other[4] == 99 and backwards[1] == 99
