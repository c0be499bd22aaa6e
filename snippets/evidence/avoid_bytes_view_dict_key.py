# mode: script
# A read-only view of bytes hashes like the bytes themselves, so it can be a
# dictionary key that the equal bytes object finds.
view = memoryview(b"abc")
assert hash(view) == hash(b"abc") == hash(view.tobytes())
table = {view: "found"}
assert table[b"abc"] == "found"
