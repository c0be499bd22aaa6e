import pickle
pickle.dumps(memoryview(b'abc'))
pickle.loads(pickle.dumps(memoryview(b'abc').tobytes()))
