# mode: script
# cast('e') raises the same ValueError, with the same message, as a format
# letter memoryview does not know at all ('y').
view = memoryview(bytes(4))
messages = []
for fmt in ("e", "y"):
    try:
        view.cast(fmt)
    except ValueError as error:
        messages.append(str(error))
    else:
        raise AssertionError("cast(%r) was accepted" % fmt)
assert messages[0] == messages[1], messages
