import gc
buf = bytearray(b'abc')
m = memoryview(buf)
del m
buf.append(100)
gc.disable()
cycle = []
cycle.append(cycle)
cycle.append(memoryview(buf))
del cycle
buf.append(100)
gc.collect() > 0
buf.append(100)
gc.enable()
buf
