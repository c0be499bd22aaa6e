# mode: script
# A read-only view of a bytearray or an array.array shows changes made
# through the exporter itself.
import array

for exporter in (bytearray(b"abc"), array.array("B", b"abc")):
    view = memoryview(exporter).toreadonly()
    assert view.readonly
    exporter[0] = 120
    assert view.tobytes() == b"xbc", view.tobytes()
