data = bytearray(b'hello world!')
view = memoryview(data)  # no copy
word = view[6:11]        # a view too
word[0] = ord('W')       # writes data
data
view.cast('I').tolist()  # as 3 ints
