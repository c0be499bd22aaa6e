# mode: script
# memoryview has neither __reversed__ nor __contains__.
assert not hasattr(memoryview, "__reversed__")
assert not hasattr(memoryview, "__contains__")
