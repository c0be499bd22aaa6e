# mode: script
# Slicing a memoryview makes a new view of the same memory: nothing is
# copied, the slice stays small, and it sees changes to the source.
import sys

array = bytearray(102400)
view = memoryview(array)
part = view[1:]
assert part is not view and type(part) is memoryview
assert part.obj is array
assert sys.getsizeof(part) < 1000, sys.getsizeof(part)
array[5] = 7
assert part[4] == 7, "the view slice did not see the change"
