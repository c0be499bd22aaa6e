# mode: script
# array.array accepts the type code 'w' (one Unicode character per item).
import array
try:
    chars = array.array("w")
except ValueError as error:
    raise AssertionError("type code 'w' refused: %s" % error)
chars.fromunicode("ab")
assert chars.tolist() == ["a", "b"], chars.tolist()
