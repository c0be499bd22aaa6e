# mode: script
# also-on: history
# release() and the with statement (3.2): after either, the view refuses use.
m = memoryview(b"abc")
m.release()
with memoryview(b"abc") as n:
    assert n[0:1].tobytes() == b"a"
for released in (m, n):
    try:
        len(released)
    except ValueError as exc:
        print(exc)
    else:
        raise AssertionError("a released view still answered len()")
