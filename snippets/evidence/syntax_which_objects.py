# mode: script
# memoryview() accepts bytes, bytearray, array.array and mmap.mmap, and
# raises TypeError for a list, a str and an int.
import array
import mmap

for obj in (b"abc", bytearray(b"abc"), array.array("i", [1]), mmap.mmap(-1, 16)):
    memoryview(obj).release()
for obj in ([1, 2], "abc", 7):
    try:
        memoryview(obj)
    except TypeError:
        continue
    raise AssertionError(f"memoryview({obj!r}) worked")
