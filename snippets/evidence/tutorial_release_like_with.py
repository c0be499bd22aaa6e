# mode: script
# Calling release() has the same effect as leaving a with block: the
# bytearray can grow again and using the view raises the same ValueError.
messages = []
for use_with in (True, False):
    buf = bytearray(b"abc")
    if use_with:
        with memoryview(buf) as view:
            pass
    else:
        view = memoryview(buf)
        view.release()
    buf.append(100)
    try:
        view[0]
    except ValueError as exc:
        messages.append(str(exc))
assert len(messages) == 2 and messages[0] == messages[1], messages
