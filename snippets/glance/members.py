# mode: script
# Every public member of memoryview, read from the class itself: attributes
# first, then methods (called with parentheses), each on a fresh
# m = memoryview(b'abab').
import types

uses = {
    "obj": ("m.obj", "the object viewed"),
    "nbytes": ("m.nbytes", "bytes in the view"),
    "readonly": ("m.readonly", "writes refused?"),
    "format": ("m.format", "struct format of an item"),
    "itemsize": ("m.itemsize", "bytes per item"),
    "ndim": ("m.ndim", "number of dimensions"),
    "shape": ("m.shape", "items per dimension"),
    "strides": ("m.strides", "bytes per step, per dimension"),
    "suboffsets": ("m.suboffsets", "for PIL-style arrays only"),
    "c_contiguous": ("m.c_contiguous", "one block, C order?"),
    "f_contiguous": ("m.f_contiguous", "one block, Fortran order?"),
    "contiguous": ("m.contiguous", "one block, either order?"),
    "tobytes": ("m.tobytes()", "a bytes copy"),
    "tolist": ("m.tolist()", "the items as a list"),
    "hex": ("m.hex()", "the bytes in hex"),
    "cast": ("m.cast('H').tolist()", "same memory, new format"),
    "toreadonly": ("m.toreadonly().readonly", "a read-only view"),
    "release": ("m.release()", "let go of the object now"),
    "count": ("m.count(97)", "items equal to a value"),
    "index": ("m.index(98)", "where a value first is"),
}
order = list(uses)
members = vars(memoryview)
names = [n for n in members if not n.startswith("_")]
is_attribute = {n: isinstance(members[n], types.GetSetDescriptorType) for n in names}
names.sort(key=lambda n: (not is_attribute[n], order.index(n) if n in order else len(order)))
print("m = memoryview(b'abab')\twhat it gives\tresult")
for name in names:
    code, gives = uses.get(name, ("m." + name, "?"))
    # An attribute is read, a method is called: the code says which.
    assert (code == "m." + name) == is_attribute[name], name
    result = eval(code, {"m": memoryview(b"abab")})
    print(f"{code}\t{gives}\t{result!r}")
