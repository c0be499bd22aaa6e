# mode: script
# A writable view cannot be hashed (ValueError), so it cannot be a
# dictionary key; its tobytes() copy can.
view = memoryview(bytearray(b"key"))
try:
    {view: 1}
except ValueError:
    pass
else:
    raise AssertionError("a writable view was used as a dictionary key")
assert {view.tobytes(): 1}[b"key"] == 1
