# mode: script
# readinto() of a file opened with 'rb' (buffered) refuses a read-only view
# with TypeError "readinto() argument must be read-write bytes-like object,
# not memoryview".
import os
import tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b'abc')
os.close(fd)
try:
    with open(path, 'rb') as f:
        f.readinto(memoryview(b'xyz'))
except TypeError as exc:
    assert str(exc) == "readinto() argument must be read-write bytes-like object, not memoryview", exc
else:
    raise AssertionError("readinto() wrote into a read-only view")
finally:
    os.remove(path)
