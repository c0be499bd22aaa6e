# mode: script
# collections.abc.ByteString still exists, and the warning that isinstance()
# gives with it names 3.17 as the version that removes it.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from collections.abc import ByteString
    isinstance(b"", ByteString)
messages = [str(w.message) for w in caught]
assert messages and all("3.17" in m for m in messages), messages
