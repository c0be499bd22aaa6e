import io
stream = io.BytesIO(b'abc')
view = stream.getbuffer()
stream.write(b'x')
view.release()
stream.write(b'x')
stream.getvalue()
