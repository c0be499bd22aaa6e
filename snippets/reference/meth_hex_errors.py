m = memoryview(b'abc')
m.hex('::')
m.hex('')
m.hex('\u00b7')
