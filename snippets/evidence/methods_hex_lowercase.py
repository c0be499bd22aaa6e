# mode: script
# hex() gives two lowercase hexadecimal digits for each byte.
assert memoryview(b"\xab\xcd\x0f").hex() == "abcd0f"
assert memoryview(bytes(range(256))).hex() == bytes(range(256)).hex()
assert len(memoryview(bytes(7)).cast("B").hex()) == 14
