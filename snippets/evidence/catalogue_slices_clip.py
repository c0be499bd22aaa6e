# mode: script
# A slice past either end of a view raises nothing: it is clipped to the
# view, down to an empty view.
m = memoryview(b'abc')
assert bytes(m[1:100]) == b'bc'
assert bytes(m[-100:2]) == b'ab'
assert len(m[5:9]) == 0 and len(m[-9:-5]) == 0
assert bytes(m[::100]) == b'a'
