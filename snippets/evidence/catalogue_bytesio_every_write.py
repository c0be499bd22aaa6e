# mode: script
# While a view from BytesIO.getbuffer() is alive, every write raises
# BufferError "Existing exports of data: object cannot be re-sized", even one
# that would not change the size.
import io

stream = io.BytesIO(b"abcd")
view = stream.getbuffer()
for position, data in [(0, b"x"), (4, b"yz"), (2, b"")]:
    stream.seek(position)
    for write in (lambda: stream.write(data), lambda: stream.writelines([data])):
        try:
            write()
        except BufferError as exc:
            assert str(exc) == "Existing exports of data: object cannot be re-sized", exc
        else:
            raise AssertionError(f"a write of {data!r} at {position} worked")
view.release()
stream.seek(0)
assert stream.write(b"x") == 1 and stream.getvalue() == b"xbcd"
