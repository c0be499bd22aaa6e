# mode: script
# A Python __release_buffer__ on a bytearray subclass is never called when a
# view of it is released.
calls = []


class Logged(bytearray):
    def __release_buffer__(self, view):
        calls.append(view.nbytes)


memoryview(Logged(b"abc")).release()
assert calls == [], calls
