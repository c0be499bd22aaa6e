# mode: script
# also-on: history
# memoryview has a toreadonly() method (it arrived in 3.8), and it returns a
# read-only view.
m = memoryview(bytearray(b"abc"))
assert hasattr(m, "toreadonly"), "no toreadonly() here"
assert m.toreadonly().readonly and not m.readonly
