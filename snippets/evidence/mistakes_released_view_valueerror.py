# mode: script
# After release(), reading, writing, len() and converting through the view
# all raise ValueError.
view = memoryview(bytearray(b"abc"))
view.release()

def read(): return view[0]
def write(): view[0] = 1
def length(): return len(view)
def convert(): return view.tobytes()
def copy(): return bytes(view)

for use in (read, write, length, convert, copy):
    try:
        use()
    except ValueError:
        continue
    raise AssertionError(f"{use.__name__} worked on a released view")
