import gc
buf = bytearray(b'abcdef')
m = memoryview(buf)
head = m[:2]
tail = m[4:].cast('c')
m.release()
buf.append(1)
[type(r).__name__ for r in gc.get_referrers(buf)]
holder = next(r for r in gc.get_referrers(buf) if type(r).__name__ == 'managedbuffer')
views = [v for v in gc.get_referrers(holder) if isinstance(v, memoryview)]
views
for v in views:
    v.release()

buf.append(1)
head, tail
