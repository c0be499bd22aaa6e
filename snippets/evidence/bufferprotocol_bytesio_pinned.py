# mode: script
# While a getbuffer() view is alive, a BytesIO refuses every write() (even of
# no bytes or over existing bytes), truncate() and close() with BufferError.
import io
stream = io.BytesIO(b"hello")
view = stream.getbuffer()
calls = {
    "write(b'')": lambda: stream.write(b""),
    "write over existing bytes": lambda: (stream.seek(0), stream.write(b"j")),
    "truncate() to the same size": lambda: stream.truncate(5),
    "truncate(2)": lambda: stream.truncate(2),
    "close()": lambda: stream.close(),
}
for name, call in calls.items():
    try:
        call()
    except BufferError:
        pass
    else:
        raise AssertionError(name + " was allowed while the view was alive")
view.release()
stream.write(b"")
stream.truncate(2)
stream.close()
