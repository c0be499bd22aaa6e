import pickle
buf = bytearray(b'payload')
pb = pickle.PickleBuffer(buf)
raw = pb.raw()
raw.obj is buf, raw.readonly
frames = []
data = pickle.dumps(pb, protocol=5, buffer_callback=frames.append)
b'payload' in data
len(frames)
bytes(frames[0].raw())
