# mode: script
# A cast between two formats that are both not 'B', 'b' or 'c' raises
# TypeError; with a byte format on either side, the same cast works.
view = memoryview(bytes(16))
others = "hHiIlLqQnNfd?P"
for src in others:
    for dst in others:
        try:
            view.cast(src).cast(dst)
        except TypeError:
            pass
        else:
            raise AssertionError(f"{src!r} -> {dst!r} was accepted")
        view.cast(src).cast("B").cast(dst)
