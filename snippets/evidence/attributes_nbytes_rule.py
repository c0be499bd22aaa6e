# mode: script
# nbytes is the product of the shape times the item size, and equals
# len(view.tobytes()), for slices, casts, 0-dim views and grids alike.
import array
import math
base = memoryview(array.array("i", range(12)))
grid = base.cast("B").cast("i", shape=[3, 4])
views = [base, base[::2], base[::-3], base[5:5], base[3:4],
         base.cast("B"), base.cast("B")[1::5], grid, grid[::2], grid[1:],
         base[:1].cast("B").cast("i", shape=[])]
for v in views:
    assert v.nbytes == math.prod(v.shape) * v.itemsize == len(v.tobytes()), (v.shape, v.nbytes)
