# mode: script
# memoryview has the special methods __buffer__ and __release_buffer__ (3.12).
assert "__buffer__" in vars(memoryview), "no __buffer__"
assert "__release_buffer__" in vars(memoryview), "no __release_buffer__"
m = memoryview(b"ab")
inner = m.__buffer__(0)
assert inner.tobytes() == b"ab"
m.__release_buffer__(inner)
