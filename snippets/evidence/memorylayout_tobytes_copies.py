# mode: script
# tobytes() returns bytes holding a copy of the items packed together: nbytes
# long, and unchanged when the memory changes afterwards.
buf = bytearray(b"abcdefgh")
m = memoryview(buf)
for view in (m, m[::2], m[::-1], m.cast("B", [2, 4])[::-1]):
    copy = view.tobytes()
    assert type(copy) is bytes and len(copy) == view.nbytes, (view, copy)
copy = m[::2].tobytes()
buf[0] = ord("X")
assert copy == b"aceg", copy
