# mode: script
# Each 16-byte slice of a view is a new memoryview object, and that object
# is larger than a 16-byte bytes object.
import sys

data = bytes(64)
view = memoryview(data)
piece = view[16:32]
assert type(piece) is memoryview and piece is not view and piece.nbytes == 16
assert sys.getsizeof(piece) > sys.getsizeof(data[16:32]), (
    sys.getsizeof(piece), sys.getsizeof(data[16:32]))
