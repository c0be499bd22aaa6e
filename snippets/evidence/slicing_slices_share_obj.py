# mode: script
# Every slice of a view, whatever its start, stop and step (and a slice of a
# slice), refers to the same underlying object through .obj.
data = bytes(range(10))
m = memoryview(data)
keys = [slice(None), slice(2, 7), slice(None, None, 2), slice(None, None, -1),
        slice(8, 1, -3), slice(5, 5), slice(-3, None)]
for key in keys:
    assert m[key].obj is data, key
    assert m[key][::-1].obj is data, key
