# mode: script
# Every kind of assignment through a view of bytes (one item, a slice, a
# stepped slice, a cast view, a 2-D view) raises
# TypeError: cannot modify read-only memory.
view = memoryview(b"abcdef")

def by_index(): view[0] = 1
def by_slice(): view[0:2] = b"xy"
def by_step(): view[::2] = b"xyz"
def by_cast(): view.cast("H")[0] = 1
def by_grid(): view.cast("B", (2, 3))[0, 0] = 1

for assign in (by_index, by_slice, by_step, by_cast, by_grid):
    try:
        assign()
    except TypeError as exc:
        assert str(exc) == "cannot modify read-only memory", (assign.__name__, str(exc))
    else:
        raise AssertionError(f"{assign.__name__} wrote to read-only memory")
assert view.tobytes() == b"abcdef"
