import pickle
buf = bytearray(b'abc')
m = memoryview(buf)
inner = memoryview(m)
inner.obj is buf, inner is m
m.release()
inner.tobytes()
inner.release()
m = memoryview(buf)
pinned = pickle.PickleBuffer(m)
m.release()
pinned.release()
m.release()
m
