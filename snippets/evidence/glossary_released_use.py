# mode: script
# On a released view, indexing, len(), attributes and methods raise
# ValueError; repr(), == and a second release() do not.
m = memoryview(b"ab")
m.release()
for use in (lambda: m[0], lambda: len(m), lambda: m.nbytes, lambda: m.obj,
            m.tobytes, m.tolist, lambda: m.cast("c"), lambda: m[0:1]):
    try:
        use()
    except ValueError:
        continue
    raise AssertionError("a released view was used without ValueError")
repr(m)
assert m == m and m != memoryview(b"ab")
m.release()
