# mode: script
# While a view is in use its exporter is not freed (the view holds it) and
# its memory does not move (a resizable exporter refuses to resize).
import array
import weakref

numbers = array.array("b", [1, 2, 3])
alive = weakref.ref(numbers)
m = memoryview(numbers)
del numbers
assert alive() is m.obj
for grow in (lambda a: a.append(4), lambda a: a.extend([4])):
    try:
        grow(alive())
    except BufferError:
        pass
    else:
        raise AssertionError("the array resized while viewed")
m.release()
assert alive() is None
