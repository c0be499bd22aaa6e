# mode: script
# A slice step of 0 raises ValueError "slice step cannot be zero" for a
# memoryview, a list and bytes alike.
for sequence in (memoryview(b'ab'), [1, 2], b'ab'):
    try:
        sequence[::0]
    except ValueError as exc:
        assert str(exc) == "slice step cannot be zero", exc
    else:
        raise AssertionError(f"{type(sequence).__name__} took step 0")
