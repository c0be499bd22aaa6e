# mode: script
# cast() accepts exactly these struct letters, alone or after '@':
# c b B ? h H i I l L q Q n N f d P, plus 'e' from 3.12 and 'Zd'/'Zf' from 3.15.
import sys
m = memoryview(bytes(64))
accepted = []
for fmt in ["x", "s", "p", "e", "Zd", "Zf", *"cbB?hHiIlLqQnNfdP"]:
    try:
        m.cast(fmt)
        m.cast("@" + fmt)
    except ValueError:
        continue
    accepted.append(fmt)
expected = list("cbB?hHiIlLqQnNfdP")
if sys.version_info >= (3, 12):
    expected.append("e")
if sys.version_info >= (3, 15):
    expected += ["Zd", "Zf"]
assert sorted(accepted) == sorted(expected), (accepted, expected)
