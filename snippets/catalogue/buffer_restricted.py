class Logged(bytearray):
    def __release_buffer__(self, view):
        print('releasing', view.nbytes, 'bytes')
        memoryview(view)

data = Logged(b'abc')
m = memoryview(data)
m.release()
