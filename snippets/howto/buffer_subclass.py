class Frame(bytearray):
    @property
    def kind(self):
        return self[0]

frame = Frame(b"\x07payload")
view = memoryview(frame)
view.obj is frame, view.nbytes
frame.kind
view[0] = 9
frame.kind
bytes(view[1:])
