# mode: script
# The struct module packs and unpacks half floats ('e') on every version
# recorded here, including those whose memoryview cannot cast to 'e'.
import struct
packed = struct.pack("2e", 0.5, -2.0)
assert struct.calcsize("e") == 2
assert struct.unpack("2e", packed) == (0.5, -2.0)
