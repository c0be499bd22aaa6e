# mode: script
# Slicing bytes or bytearray makes a new object that holds its own copy of
# the selected bytes: the slice is as large as those bytes and keeps them.
import sys

data = bytes(102400)
array = bytearray(data)
for source in (data, array):
    part = source[1:]
    assert part is not source and type(part) is type(source)
    assert sys.getsizeof(part) >= len(part) == len(source) - 1
part = array[1:]
array[5] = 7
assert part[4] == 0, "the bytearray slice changed with its source"
