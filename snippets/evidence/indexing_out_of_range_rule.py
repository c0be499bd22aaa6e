# mode: script
# An index of len(m) or more, or below -len(m), raises IndexError; the
# message names the dimension, counted from 1.
for n in (1, 2, 5):
    m = memoryview(bytes(n))
    for i in range(-n, n):
        m[i]
    for i in (n, n + 1, -n - 1, -n - 7):
        try:
            m[i]
        except IndexError as exc:
            assert str(exc) == "index out of bounds on dimension 1", exc
            continue
        raise AssertionError(f"index {i} of a view of length {n} did not raise")
grid = memoryview(bytes(6)).cast("B", shape=[2, 3])
for key, dim in (((2, 0), 1), ((0, 3), 2), ((0, -4), 2)):
    try:
        grid[key]
    except IndexError as exc:
        assert str(exc) == f"index out of bounds on dimension {dim}", exc
        continue
    raise AssertionError(f"grid[{key}] did not raise")
