# mode: script
# A slice of memoryview(b'Hello, World!') echoes as <memory at 0x...>, not as
# b'Hello'; only a conversion such as bytes() shows the bytes.
m = memoryview(b"Hello, World!")
part = m[:5]
text = repr(part)
assert text.startswith("<memory at 0x") and text.endswith(">"), text
assert "Hello" not in text and str(part) == text
assert bytes(part) == part.tobytes() == b"Hello"
