# mode: script
# A view, its slices and its casts show later changes to the memory (no
# copy); bytes(view), tobytes() and tolist() are copies that do not.
data = bytearray(b"abcd")
m = memoryview(data)
part, ints = m[1:], m.cast("H")
copies = bytes(m), m.tobytes(), m.tolist()
data[1] = 0x7A
assert m[1] == part[0] == 0x7A and ints.tobytes()[1] == 0x7A
assert copies == (b"abcd", b"abcd", [97, 98, 99, 100])
