# mode: script
# hex() takes a separator that is a str or a bytes of length 1; a longer one
# raises ValueError "sep must be length 1.".
m = memoryview(b"\x01\x02\x03\x04")
assert m.hex(":") == m.hex(b":") == "01:02:03:04", m.hex(b":")
for sep in (", ", b", "):
    try:
        m.hex(sep)
    except ValueError as exc:
        assert str(exc) == "sep must be length 1.", exc
    else:
        raise AssertionError(f"hex() took {sep!r}")
