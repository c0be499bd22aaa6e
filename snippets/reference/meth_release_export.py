import pickle
m = memoryview(b'abc')
pb = pickle.PickleBuffer(m)
m.release()
del pb
m.release()
