# mode: script
# Importing ByteString from collections.abc emits a DeprecationWarning.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from collections.abc import ByteString
categories = [w.category for w in caught]
assert categories == [DeprecationWarning], categories
