import mmap
mm = mmap.mmap(-1, 16)
m = memoryview(mm)
mm.resize(32)
m.release()
mm.resize(32)
len(mm)
