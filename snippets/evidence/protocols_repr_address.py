# mode: script
# repr() of a view is <memory at 0x...> while live and <released memory at
# 0x...> once released, where the number is the view's own id() in hex.
m = memoryview(b"abc")
assert repr(m) == f"<memory at {id(m):#x}>", repr(m)
m.release()
assert repr(m) == f"<released memory at {id(m):#x}>", repr(m)
