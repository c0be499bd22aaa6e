# mode: script
# The errors whose messages 3.15 rewords keep their types: TypeError for a
# __buffer__ that returns no memoryview and for pack_into() on read-only
# memory, ValueError for cast() to an unknown format.
import struct

class Broken:
    def __buffer__(self, flags):
        return b"abc"

def raised(action):
    try:
        action()
    except Exception as error:
        return type(error)
    return None

found = [raised(lambda: memoryview(Broken())),
         raised(lambda: struct.pack_into("B", b"x", 0, 1)),
         raised(lambda: memoryview(b"ab").cast("Zq"))]
assert found == [TypeError, TypeError, ValueError], found
