m = memoryview(b'0123456789')
first, second = m[:5], m[5:]
first.tobytes(), second.tobytes()
every_other = m[::2]
every_other.tobytes()
first.obj is second.obj is every_other.obj
