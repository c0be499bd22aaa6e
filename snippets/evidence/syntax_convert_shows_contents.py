# mode: script
# bytes(view), view.tobytes() and view.tolist() all show what a view holds,
# which its repr does not.
import re

data = b"abc"
view = memoryview(data)
# The repr names only the view's address (whose hex digits may spell "abc").
assert re.fullmatch(r"<memory at 0x[0-9a-f]+>", repr(view)), repr(view)
assert bytes(view) == view.tobytes() == data
assert view.tolist() == [97, 98, 99]
