import array
import base64
import hashlib
numbers = array.array("i", [1, 2, 3])
view = memoryview(numbers)
view.format, len(view), view.nbytes
hashlib.sha256(view).hexdigest() == hashlib.sha256(numbers.tobytes()).hexdigest()
base64.b64encode(view)
for candidate in (view, view.cast("B", (3, 4)), view.cast("B")):
    try:
        print(base64.encodebytes(candidate))
    except TypeError as exc:
        print("TypeError:", exc)

