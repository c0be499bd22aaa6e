import struct
blob = struct.pack("<4I", 10, 20, 30, 40) + b"\xff\xff"
view = memoryview(blob)
view.cast("I")
view[:16].cast("I").tolist()
view.cast("<I")
view[2:].cast("I").tolist()
