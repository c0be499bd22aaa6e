# mode: script
# A cast view reads the same memory as the view it came from: nothing is
# copied, so a change to the bytes shows through the cast at once.
source = bytearray(8)
ints = memoryview(source).cast("i")
assert ints.obj is source and ints.nbytes == len(source)
source[4] = 1
assert ints[1] == 1, ints.tolist()
