# mode: script
# tobytes(), bytes() and tolist() work on stepped, reversed, 2-D stepped and
# pointer-based (suboffsets) views alike.
from _testbuffer import ND_PIL, ndarray

m = memoryview(bytes(range(12)))
grid = m.cast("B", [3, 4])
pil = memoryview(ndarray(list(range(6)), shape=[2, 3], format="B", flags=ND_PIL))
for view in (m[::2], m[::-1], grid[::2], grid[::-1], pil):
    assert view.tobytes() == bytes(view), view
    assert len(bytes(view)) == view.nbytes, view
    assert isinstance(view.tolist(), list), view
