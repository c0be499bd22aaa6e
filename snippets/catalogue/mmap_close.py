import mmap
mm = mmap.mmap(-1, 16)
m = memoryview(mm)
mm.close()
m.release()
mm.close()
mm.closed
