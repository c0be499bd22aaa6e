import mmap
m = mmap.mmap(-1, 16)
view = memoryview(m)
ints = view.cast("I")
ints[0] = 0xDEADBEEF
ints[3] = 7
m[:4], m[12:]
m.close()
view.release()
m.close()
ints.release()
m.close()
m.closed
