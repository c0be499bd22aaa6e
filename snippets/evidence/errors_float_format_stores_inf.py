# mode: script
# Format 'f' (a 4-byte float) raises nothing for a value too large for it:
# 1e300 is stored as infinity. Format '?' takes any object, stored as its truth value.
import math

f = memoryview(bytearray(4)).cast('f')
f[0] = 1e300
assert math.isinf(f[0]), f[0]
flag = memoryview(bytearray(1)).cast('?')
flag[0] = 'text'
assert flag[0] is True, flag[0]
