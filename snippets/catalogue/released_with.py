with memoryview(b'abc') as m:
    saved = m.tobytes()

m.nbytes
saved
