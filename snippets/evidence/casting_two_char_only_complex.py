# mode: script
# Apart from a letter after '@', the only two-character formats cast()
# accepts are Zd and Zf.
import string

view = memoryview(bytes(16))
accepted = set()
for a in string.printable:
    for b in string.printable:
        if a == "@":
            continue
        try:
            view.cast(a + b)
        except (ValueError, TypeError):
            continue
        accepted.add(a + b)
assert accepted == {"Zd", "Zf"}, sorted(accepted)
