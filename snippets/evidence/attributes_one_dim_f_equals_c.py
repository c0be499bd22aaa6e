# mode: script
# For a one-dimensional view, f_contiguous always equals c_contiguous.
m = memoryview(bytes(range(20)))
views = [m, m[3:9], m[::2], m[::-1], m[5:6:3], m[0:0:2], m[7:7], m.cast("i"),
         m.cast("i")[::2], m.cast("H")[1:2]]
for v in views:
    assert v.f_contiguous == v.c_contiguous, (v.strides, v.shape)
