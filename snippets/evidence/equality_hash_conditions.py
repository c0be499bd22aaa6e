# mode: script
# hash() of a view succeeds when it is read-only, its format is 'B', 'b' or
# 'c', its exporter is hashable and it is not released (unless hashed before).
import array

data = b"abcd"
for fmt in "Bbc":
    assert hash(memoryview(data).cast(fmt)) == hash(data)


def refused(view, error):
    try:
        hash(view)
    except error:
        return True
    return False


assert refused(memoryview(bytearray(data)), ValueError)  # writable
assert refused(memoryview(data).cast("h"), ValueError)  # format
assert refused(memoryview(bytearray(data)).toreadonly(), TypeError)  # exporter
assert refused(memoryview(array.array("B", data)).toreadonly(), TypeError)
released = memoryview(data)
released.release()
assert refused(released, ValueError)  # released, never hashed
hashed = memoryview(data)
value = hash(hashed)
hashed.release()
assert hash(hashed) == value  # released, hashed before
