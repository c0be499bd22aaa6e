data = bytearray(b'hello world!')
view = memoryview(data)    # no copy: a window on data
word = view[6:11]          # a slice is a view too
word[0] = ord('W')         # writing through it changes data
data
view.cast('I').tolist()    # the same 12 bytes read as three 32-bit ints
