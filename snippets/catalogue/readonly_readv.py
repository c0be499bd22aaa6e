import os
fd = os.open(os.devnull, os.O_RDONLY)
os.readv(fd, [memoryview(b'abcd')])
os.readv(fd, [memoryview(bytearray(4))])
os.close(fd)
