# mode: script
# collections.abc.ByteString warns for isinstance() and for subclassing, but
# not when it is imported and not for issubclass().
import warnings

def warns(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        action()
    return [w.category for w in caught] == [DeprecationWarning]

def subclass():
    class Sub(ByteString):
        pass

found = {"import": warns(lambda: exec("from collections.abc import ByteString",
                                      globals()))}
found["isinstance"] = warns(lambda: isinstance(b"", ByteString))
found["subclassing"] = warns(subclass)
found["issubclass"] = warns(lambda: issubclass(bytes, ByteString))
expected = {"import": False, "isinstance": True, "subclassing": True,
            "issubclass": False}
assert found == expected, found
