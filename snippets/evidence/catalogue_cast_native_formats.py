# mode: script
# The single-character formats cast() accepts are b B c h H i I l L q Q n N
# f d ? P, plus e from 3.12; '@' before them is accepted, a byte-order
# prefix is not; from 3.15 the two-character Zd and Zf are too, and no
# other pair of letters is.
import string
import sys

view = memoryview(bytes(16))


def accepted(fmt):
    try:
        view.cast(fmt)
    except (ValueError, TypeError):
        return False
    return True


expected = set('bBchHiIlLqQnNfd?P') | ({'e'} if sys.version_info >= (3, 12) else set())
singles = {c for c in string.printable if accepted(c)}
assert singles == expected, sorted(singles ^ expected)
assert all(accepted('@' + c) for c in expected)
assert not any(accepted(p + 'i') for p in '<>=!')
pairs = {a + b for a in string.ascii_letters for b in string.ascii_letters if accepted(a + b)}
wanted = {'Zd', 'Zf'} if sys.version_info >= (3, 15) else set()
assert pairs == wanted, sorted(pairs)
