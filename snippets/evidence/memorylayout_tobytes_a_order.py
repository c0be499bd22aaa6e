# mode: script
# tobytes(order='A') gives C order for views that are not Fortran-contiguous:
# a C-ordered grid, a grid with stepped rows and a grid read backwards.
grid = memoryview(bytes(range(12))).cast("B", [3, 4])
for view in (grid, grid[::2], grid[::-1]):
    assert not view.f_contiguous
    assert view.tobytes(order="A") == view.tobytes(order="C"), view.tolist()
