import pickle
pb = pickle.PickleBuffer(memoryview(b'abcdef')[::2])
pb.raw()
pickle.PickleBuffer(memoryview(b'abcdef')[::2].tobytes()).raw().tobytes()
