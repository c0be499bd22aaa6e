# mode: script
# os functions take bytes (or a subclass of bytes) as a byte path, and refuse
# bytearray and memoryview with TypeError.
import os
import warnings

class Path(bytes):
    pass

assert os.listdir(Path(b"/")) == os.listdir(b"/")
for other in (bytearray(b"/"), memoryview(b"/")):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            os.listdir(other)
    except TypeError:
        pass
    else:
        raise AssertionError("os.listdir() accepted a %s" % type(other).__name__)
