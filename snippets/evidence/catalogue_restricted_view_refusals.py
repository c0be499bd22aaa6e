# mode: script
# Inside __release_buffer__() of a bytearray subclass, the view can be read
# (nbytes, tobytes()), but a new view of it, a slice and a cast raise
# ValueError "cannot create new view on restricted memoryview".
seen = []


class Logged(bytearray):
    def __release_buffer__(self, view):
        seen.append(('read', view.nbytes, view.tobytes()))
        for name, make in (('view', memoryview), ('slice', lambda v: v[0:1]),
                           ('cast', lambda v: v.cast('B'))):
            try:
                make(view)
            except ValueError as exc:
                seen.append((name, str(exc)))
            else:
                seen.append((name, 'worked'))


m = memoryview(Logged(b'abc'))
m.release()
refusal = "cannot create new view on restricted memoryview"
assert seen == [('read', 3, b'abc'), ('view', refusal), ('slice', refusal), ('cast', refusal)], seen
