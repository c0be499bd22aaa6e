# mode: script
# Views of bytes and bytearray have format 'B'; a cast view has the format
# the cast chose.
assert memoryview(b'ab').format == 'B'
assert memoryview(bytearray(2)).format == 'B'
assert memoryview(bytearray(4)).cast('h').format == 'h'
assert memoryview(bytearray(4)).cast('@i').format == '@i'
