import mmap
m = mmap.mmap(-1, 16)
view = memoryview(m)
view.nbytes, view.readonly
view[:5] = b"hello"
m[:5]
m.close()
view.release()
m.close()
