import struct
view = memoryview(struct.pack('d', float('nan'))).cast('d')
view is view
view == view
