# mode: script
# A tuple index must hold exactly one integer per dimension: fewer raise
# NotImplementedError, more raise TypeError.
flat = memoryview(bytes(range(8)))
grid = flat.cast("B", shape=[2, 4])
cube = flat.cast("B", shape=[2, 2, 2])
assert flat[(3,)] == 3 and grid[1, 2] == 6 and cube[1, 0, 1] == 5
for view, key, kind in ((grid, (0,), NotImplementedError),
                        (cube, (0, 1), NotImplementedError),
                        (flat, (0, 0), TypeError),
                        (grid, (0, 0, 0), TypeError)):
    try:
        view[key]
    except kind:
        continue
    raise AssertionError(f"{view.ndim}-dim view[{key}] did not raise {kind.__name__}")
