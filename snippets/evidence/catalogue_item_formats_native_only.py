# mode: script
# Items can be read and written only when the format is one native struct
# character, alone or after '@': with '<i', '>h', '=q', '2B' or 'ii',
# indexing, assignment, iteration and tolist() raise NotImplementedError;
# a ctypes array (explicit byte order) is refused the same way.
import ctypes
from _testbuffer import ndarray, ND_WRITABLE


def refusals(view):
    def assign():
        view[0] = 0
    count = 0
    for action in (lambda: view[0], assign, lambda: list(view), view.tolist):
        try:
            action()
        except NotImplementedError as exc:
            assert str(exc) == f"memoryview: unsupported format {view.format}", exc
            count += 1
    return count


for fmt, items in (('<i', [1, 2]), ('>h', [1, 2]), ('=q', [1, 2]), ('2B', [(1, 2), (3, 4)]), ('ii', [(1, 2), (3, 4)])):
    view = memoryview(ndarray(items, shape=[2], format=fmt, flags=ND_WRITABLE))
    assert refusals(view) == 4, fmt
for fmt in ('i', '@i'):
    view = memoryview(ndarray([1, 2], shape=[2], format=fmt, flags=ND_WRITABLE))
    view[0] = 5
    assert view[0] == 5 and list(view) == [5, 2] and view.tolist() == [5, 2], fmt
ctypes_view = memoryview((ctypes.c_int * 2)(1, 2))
assert refusals(ctypes_view) == 4, ctypes_view.format
