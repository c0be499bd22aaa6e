# mode: script
# The public methods of memoryview are tobytes, hex, tolist, toreadonly,
# release and cast, plus count and index from 3.14.
import sys
names = {name for name, value in vars(memoryview).items()
         if not name.startswith("_") and callable(value)}
expected = {"tobytes", "hex", "tolist", "toreadonly", "release", "cast"}
if sys.version_info >= (3, 14):
    expected |= {"count", "index"}
assert names == expected, sorted(names)
