# mode: script
# print(), str() and repr() of a view (the echo at the prompt is repr) all
# give "<memory at 0x...>", never the bytes it holds.
import re

view = memoryview(b"hello")
text = repr(view)
assert re.fullmatch(r"<memory at 0x[0-9a-fA-F]+>", text), text
assert str(view) == text and "%s" % (view,) == text
