# mode: script
# Items of format 'l' and 'L' take 8 bytes on Linux x86-64 and 4 bytes on
# WebAssembly (Pyodide, wasm32).
import sys
expected = 4 if sys.platform == "emscripten" else 8
m = memoryview(bytes(16))
for fmt in ("l", "L"):
    assert m.cast(fmt).itemsize == expected, (fmt, m.cast(fmt).itemsize)
