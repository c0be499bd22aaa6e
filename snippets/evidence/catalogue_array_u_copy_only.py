# mode: script
# A view of array.array('u') cannot read its items (indexing, tolist(),
# iteration raise NotImplementedError); tobytes() and bytes() copy them out.
import array
import warnings

warnings.simplefilter('ignore', DeprecationWarning)
chars = array.array('u', 'hi')
m = memoryview(chars)
for read in (lambda: m[0], m.tolist, lambda: list(m)):
    try:
        read()
    except NotImplementedError:
        pass
    else:
        raise AssertionError("an item was read")
assert m.tobytes() == bytes(m) == chars.tobytes()
