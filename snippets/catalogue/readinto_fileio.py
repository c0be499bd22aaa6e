import os
f = open(os.devnull, 'rb', buffering=0)
f.readinto(memoryview(b'xyz'))
f.readinto(memoryview(bytearray(3)))
f.close()
