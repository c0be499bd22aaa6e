# mode: script
# len() is shape[0], the elements along the first dimension; for a
# one-dimensional 'B' view (bytes, bytearray) it equals nbytes.
m = memoryview(bytearray(range(12)))
for v in (m, m[2:9], m[::3], m[::-1], m[0:0], memoryview(b"xyz")):
    assert v.format == "B" and len(v) == v.nbytes, (len(v), v.nbytes)
for v in (m.cast("i"), m.cast("B", shape=[3, 4]), m.cast("H", shape=[2, 3])):
    assert len(v) == v.shape[0] < v.nbytes, (len(v), v.shape, v.nbytes)
