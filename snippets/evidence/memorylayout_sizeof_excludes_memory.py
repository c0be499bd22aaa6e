# mode: script
# sys.getsizeof() of a view counts the view object only, not the memory it
# shows: a view of a million bytes is as large as a view of eight.
import sys

small = memoryview(bytes(8))
big = memoryview(bytes(1_000_000))
assert sys.getsizeof(small) == sys.getsizeof(big), (sys.getsizeof(small), sys.getsizeof(big))
