import weakref
buf = bytearray(b'abc')
view = memoryview(buf)
buf.append(ord('d'))
probe = weakref.ref(view)
del view
probe() is None
buf.append(ord('d'))
buf
