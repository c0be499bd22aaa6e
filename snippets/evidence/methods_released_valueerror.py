# mode: script
# Once a view is released, every method but release() raises ValueError;
# release() can be called again.
m = memoryview(b"abc")
m.release()
m.release()
calls = [m.tobytes, m.hex, m.tolist, m.toreadonly, lambda: m.cast("c"),
         lambda: m.tobytes("F"), lambda: m.hex(":")]
if hasattr(m, "count"):
    calls += [lambda: m.count(97), lambda: m.index(97)]
for call in calls:
    try:
        call()
    except ValueError as exc:
        assert "released" in str(exc), exc
        continue
    raise AssertionError("a method worked on a released view")
