# mode: script
# The prefixes <, >, ! and = never add padding ("BI" takes 5 bytes), while
# no prefix and @ use the native layout, which pads "BI" to 8 bytes.
import struct

for prefix in "<>!=":
    assert struct.calcsize(prefix + "BI") == 5, prefix
assert struct.calcsize("@BI") == struct.calcsize("BI") == 8, struct.calcsize("BI")
