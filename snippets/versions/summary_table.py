# mode: script
# Each change that Python code can test, tried on this interpreter: "yes"
# where the feature is there, "no" where it is not; the pickle row prints
# the default protocol.
import array
import collections.abc
import ctypes
import os
import pickle
import struct
import warnings


def works(test):
    """Whether test() returns a true value without raising."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return bool(test())
    except Exception:
        return False


def warns(test):
    """Whether test() emits a DeprecationWarning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            test()
        except Exception:
            pass
    return any(issubclass(w.category, DeprecationWarning) for w in caught)


def raises(test, error):
    """Whether test() raises the given exception type."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            test()
    except error:
        return True
    except Exception:
        return False
    return False


class Exporter:
    def __buffer__(self, flags):
        return memoryview(b"abc")


def ctypes_address():
    global keep
    keep = ctypes.create_string_buffer(b"abc")
    return ctypes.addressof(keep)


def interpreters_module():
    import concurrent.interpreters
    return concurrent.interpreters


# First, before anything reads ByteString: 3.15 warns only on the first access.
import_warns = warns(lambda: exec("from collections.abc import ByteString", {}))
view = memoryview(bytearray(b"abcabc"))
scalar = memoryview(b"\x07").cast("B", shape=[])
rows = [
    ("toreadonly(), hex(sep), tobytes(order=)",
     works(lambda: view.toreadonly() and view.hex(":") and view.tobytes(order="F"))),
    ("pickle.PickleBuffer", works(lambda: pickle.PickleBuffer(view).raw())),
    ("iterator type memory_iterator",
     works(lambda: type(iter(view)).__name__ == "memory_iterator")),
    ("__buffer__ in a Python class", works(lambda: memoryview(Exporter()))),
    ("collections.abc.Buffer",
     works(lambda: isinstance(view, collections.abc.Buffer))),
    ("cast('e')", works(lambda: view[:4].cast("e"))),
    ("len() of a 0-dim view raises TypeError",
     raises(lambda: len(scalar), TypeError)),
    ("os refuses a view as a path",
     raises(lambda: os.listdir(memoryview(b"/")), TypeError)),
    ("isinstance() with ByteString warns",
     warns(lambda: isinstance(view, collections.abc.ByteString))),
    ("memoryview[int]", works(lambda: memoryview[int])),
    ("count(), index()", works(lambda: view.count(97) == 2 and view.index(99) == 2)),
    ("ctypes.memoryview_at()",
     works(lambda: ctypes.memoryview_at(ctypes_address(), 3) == b"abc")),
    ("os.readinto()", works(lambda: os.readinto)),
    ("bytes.fromhex() of a buffer",
     works(lambda: bytes.fromhex(memoryview(b"6869")) == b"hi")),
    ("struct format 'D'", works(lambda: struct.calcsize("D") == 16)),
    ("concurrent.interpreters", works(interpreters_module)),
    ("ctypes.c_double_complex", works(lambda: ctypes.c_double_complex)),
    ("bytearray.take_bytes()", works(lambda: bytearray(b"ab").take_bytes(1))),
    ("cast('Zd')", works(lambda: memoryview(bytes(16)).cast("Zd"))),
    ("array type code 'Zd'", works(lambda: array.array("Zd", [1j]).tolist() == [1j])),
    ("importing ByteString warns", import_warns),
    ("'?' item of byte 2 is True",
     works(lambda: memoryview(b"\x02").cast("?")[0] is True)),
]
print("change\tpresent")
for name, present in rows:
    print("%s\t%s" % (name, "yes" if present else "no"))
print("pickle.DEFAULT_PROTOCOL\t%d" % pickle.DEFAULT_PROTOCOL)
