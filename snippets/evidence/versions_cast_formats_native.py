# mode: script
# Every format cast() accepts has the native size struct gives it; cast()
# refuses the byte-order prefixes with which struct chooses standard sizes.
import string
import struct
view = memoryview(bytes(16))
accepted = []
for letter in string.ascii_letters + "?":
    try:
        item = view.cast(letter)
    except (ValueError, TypeError):
        continue
    accepted.append(letter)
    assert item.itemsize == struct.calcsize("@" + letter), letter
assert "l" in accepted and "d" in accepted, accepted
for prefixed in ("<l", "=l", ">i", "!h"):
    try:
        view.cast(prefixed)
    except ValueError:
        pass
    else:
        raise AssertionError("cast(%r) was accepted" % prefixed)
assert [struct.calcsize("<" + letter) for letter in "hilq"] == [2, 4, 4, 8]
