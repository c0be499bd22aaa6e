# mode: script
# Every format cast() accepts has the item size of the same format in the
# struct module's native mode ('@'), that is, the size of the C type.
import string
import struct

view = memoryview(bytes(16))
checked = 0
for fmt in list(string.printable) + ["Z" + c for c in string.ascii_letters]:
    try:
        item = view.cast(fmt)
    except ValueError:
        continue
    assert item.itemsize == struct.calcsize("@" + fmt), (fmt, item.itemsize)
    checked += 1
assert checked >= 17, checked
