# mode: script
# struct packs and unpacks complex numbers with 'F' (float complex, 8 bytes)
# and 'D' (double complex, 16 bytes).
import struct
try:
    sizes = struct.calcsize("F"), struct.calcsize("D")
except struct.error as error:
    raise AssertionError("struct refuses 'F' or 'D': %s" % error)
assert sizes == (8, 16), sizes
assert struct.unpack("FD", struct.pack("FD", 1 + 2j, 3 - 4j)) == (1 + 2j, 3 - 4j)
