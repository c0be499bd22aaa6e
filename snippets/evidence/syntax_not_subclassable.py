# mode: script
# memoryview cannot be used as a base class: the class statement raises
# TypeError.
try:
    class MyView(memoryview):
        pass
except TypeError:
    pass
else:
    raise AssertionError("memoryview was subclassed")
