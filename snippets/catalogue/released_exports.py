import pickle
m = memoryview(b'abcd')
first = pickle.PickleBuffer(m)
m.release()
second = pickle.PickleBuffer(m)
m.release()
first.release()
second.release()
m.release()
m
