# mode: script
# len() of a zero-dimensional view raises TypeError "0-dim memory has no length".
z = memoryview(b"A").cast("B", [])
try:
    len(z)
except TypeError as exc:
    assert str(exc) == "0-dim memory has no length", exc
else:
    raise AssertionError(f"len() gave {len(z)}")
