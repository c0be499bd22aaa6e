# mode: script
# A 4-byte C float holds 24 bits of precision: 2**24 survives a round trip
# through 'f', 2**24 + 1 does not, and neither does 3.14.
import struct


def through_f(x):
    return memoryview(struct.pack("f", x)).cast("f")[0]


assert through_f(2.0**24) == 2.0**24
assert through_f(2.0**24 + 1) != 2.0**24 + 1
assert through_f(3.14) != 3.14
