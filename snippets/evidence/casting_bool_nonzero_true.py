# mode: script
# Read through '?', byte 0 is False and every other byte is True, except in
# the Pyodide build of 3.14, where byte 2 reads False.
import sys

flags = memoryview(bytes(range(256))).cast("?")
if sys.platform == "emscripten" and sys.version_info[:2] == (3, 14):
    assert flags[2] is False, flags[2]
else:
    assert flags.tolist() == [b != 0 for b in range(256)], flags.tolist()
