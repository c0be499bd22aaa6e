# mode: script
# Reading ByteString as an attribute of the collections.abc module emits a
# DeprecationWarning.
import collections.abc
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    collections.abc.ByteString
categories = [w.category for w in caught]
assert categories == [DeprecationWarning], categories
