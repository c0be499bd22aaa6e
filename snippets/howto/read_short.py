import os
r, w = os.pipe()
reader = open(r, "rb", buffering=0)
buf = bytearray(8)
view = memoryview(buf)
os.write(w, b"abc")
reader.readinto(view)
os.write(w, b"defgh")
reader.readinto(view[3:])
buf
os.close(w)
reader.readinto(view)
reader.close()
