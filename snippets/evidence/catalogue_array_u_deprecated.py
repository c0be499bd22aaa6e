# mode: script
# array.array('u') warns that type code 'u' is deprecated (DeprecationWarning).
import array
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    array.array("u", "hi")
deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
assert deprecations, "no DeprecationWarning for type code 'u'"
assert "'u' type code is deprecated" in str(deprecations[0].message), deprecations[0].message
