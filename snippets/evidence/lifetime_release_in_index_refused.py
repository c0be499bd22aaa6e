# mode: script
# An item assignment whose value's __index__ releases the view raises
# ValueError and writes nothing, instead of writing into the released memory.
buf = bytearray(b"abc")  # stays alive, so a write after release is harmless
m = memoryview(buf)


class Sneaky:
    def __index__(self):
        m.release()
        return ord("X")


try:
    m[0] = Sneaky()
except ValueError:
    pass
else:
    raise AssertionError("the assignment succeeded on a released view")
assert buf == bytearray(b"abc"), buf
