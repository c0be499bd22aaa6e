# mode: script
# The repr of a view is "<memory at 0x...>" with an address, whatever it
# views: it never shows the contents.
import array
import re

for obj in (b"secret", bytearray(b"secret"), array.array("b", b"secret")):
    view = memoryview(obj)
    text = repr(view)
    assert re.fullmatch(r"<memory at 0x[0-9a-fA-F]+>", text), text
    assert str(view) == text
