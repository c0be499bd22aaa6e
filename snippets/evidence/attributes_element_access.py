# mode: script
# memoryview() accepts any struct format an exporter gives, but indexing and
# tolist() work only for native single-character formats (optionally after
# '@'), and from 3.15 for 'Zd' and 'Zf'; other formats raise NotImplementedError.
import ctypes
import sys
class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_double)]
for obj in ((ctypes.c_short * 2)(1, 2), Point(1, 2.0)):
    m = memoryview(obj)
    for use in (m.tolist, lambda: m[()] if m.ndim == 0 else m[0]):
        try:
            use()
        except NotImplementedError:
            continue
        raise AssertionError(f"format {m.format!r} was unpacked")
raw = memoryview(bytes(16))
for fmt in "BbcHhIiLlQqnNfd?":
    raw.cast(fmt).tolist()
    raw.cast("@" + fmt)[0]
if sys.version_info >= (3, 15):
    assert raw.cast("Zd")[0] == 0j and raw.cast("Zf").tolist() == [0j, 0j]
else:
    for fmt in ("Zd", "Zf"):
        try:
            raw.cast(fmt)
        except ValueError:
            continue
        raise AssertionError(f"cast({fmt!r}) worked before 3.15")
