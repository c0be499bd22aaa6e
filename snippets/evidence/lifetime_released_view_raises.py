# mode: script
# A released view raises ValueError for its items, its attributes, len(),
# slicing, tobytes() and bytes(), while repr() still works.
m = memoryview(b"abc")
m.release()
uses = {
    "m[0]": lambda: m[0],
    "m[1:]": lambda: m[1:],
    "len(m)": lambda: len(m),
    "m.obj": lambda: m.obj,
    "m.format": lambda: m.format,
    "m.shape": lambda: m.shape,
    "m.nbytes": lambda: m.nbytes,
    "m.readonly": lambda: m.readonly,
    "m.tobytes()": lambda: m.tobytes(),
    "m.tolist()": lambda: m.tolist(),
    "bytes(m)": lambda: bytes(m),
}
for name, use in uses.items():
    try:
        use()
    except ValueError:
        pass
    else:
        raise AssertionError(name + " worked on a released view")
assert "released memory" in repr(m), repr(m)
