# mode: script
# memoryview is a built-in type on this interpreter: the name exists in
# builtins without any import, and calling it makes a view.
import builtins

assert isinstance(builtins.memoryview, type), "memoryview is not a built-in type"
assert type(memoryview(b"abc")) is builtins.memoryview
