# mode: script
# A view of a ctypes Structure has a long format that starts with 'T{<';
# reading its items raises NotImplementedError naming that format.
import ctypes


class Point(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int)]


m = memoryview(Point())
assert m.format.startswith('T{<') and m.format.endswith(':x:}'), m.format
try:
    m.tolist()
except NotImplementedError as exc:
    assert str(exc) == f"memoryview: unsupported format {m.format}", exc
else:
    raise AssertionError("tolist() worked")
