# mode: script
# The struct module and memoryview accept the complex format 'Zd'.
import struct
assert struct.calcsize("Zd") == 16
assert memoryview(struct.pack("Zd", 1 + 2j)).cast("Zd")[0] == 1 + 2j
