# mode: script
# Two one-dimensional views without any items are equal whatever their
# formats.
empty = memoryview(b"")
views = [empty.cast(f) for f in "BbcHhIiLlQqfd?"]
for a in views:
    for b in views:
        assert a == b, (a.format, b.format)
