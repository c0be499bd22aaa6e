# mode: script
# Every format memoryview.cast() accepts on this interpreter, found by trying
# each printable character (and "Z" followed by one), with what a real cast
# shows: the Python type of an item, the item size, and whether -1 fits.
import string

# The C type of each format, from the struct documentation: CPython has no
# function that returns it.
C_TYPES = {
    "b": "signed char",
    "B": "unsigned char",
    "h": "short",
    "H": "unsigned short",
    "i": "int",
    "I": "unsigned int",
    "l": "long",
    "L": "unsigned long",
    "q": "long long",
    "Q": "unsigned long long",
    "n": "ssize_t",
    "N": "size_t",
    "P": "void *",
    "e": "(half float, no C type)",
    "f": "float",
    "d": "double",
    "Zf": "float complex",
    "Zd": "double complex",
    "?": "_Bool",
    "c": "char",
}


def signed(view):
    """Whether the item holds -1: yes, no (refused, or stored as a large
    positive number), or n/a (not stored as a number)."""
    try:
        view[0] = -1
    except ValueError:
        return "no"
    except TypeError:
        return "n/a"
    value = view[0]
    if value == -1:
        return "yes"
    if type(value) is int and value > 0:
        return "no (-1 wraps)"
    return "n/a"


candidates = list(string.printable.strip()) + ["Z" + c for c in string.ascii_letters]
accepted = {}
for fmt in candidates:
    try:
        accepted[fmt] = memoryview(bytearray(16)).cast(fmt)
    except ValueError:
        continue
missing = sorted(set(accepted) - set(C_TYPES))
assert not missing, f"no C type written down for {missing}"

print("format\tC type\tPython type\titemsize\tsigned")
for fmt in C_TYPES:
    if fmt in accepted:
        view = accepted[fmt]
        kind = type(view[0]).__name__
        print(f"{fmt}\t{C_TYPES[fmt]}\t{kind}\t{view.itemsize}\t{signed(view)}")
