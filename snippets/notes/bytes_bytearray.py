ro = memoryview(b"abc")
rw = memoryview(bytearray(b"abc"))
ro.readonly
rw.readonly
ro.format, ro.itemsize
len(ro), ro.nbytes
