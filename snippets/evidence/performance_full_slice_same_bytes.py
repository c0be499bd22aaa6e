# mode: script
# For a bytes object, a full slice [:] returns the same object (no copy),
# while [1:] returns a new one.
data = bytes(range(100))
assert data[:] is data
assert data[1:] is not data and data[1:] == data[1:]
