# mode: script
# Equality compares items as values; hash() takes read-only 'B', 'b', 'c' views.
from array import array

cases = [
    "memoryview(b'ab') == b'ab'",
    "memoryview(b'ab') == bytearray(b'ab')",
    "memoryview(array('i', [1, 2])) == array('d', [1.0, 2.0])",
    "memoryview(b'\\xff') == memoryview(b'\\xff').cast('b')",
    "memoryview(b'a') < memoryview(b'b')",
    "hash(memoryview(b'ab')) == hash(b'ab')",
    "hash(memoryview(bytearray(b'ab')))",
    "hash(memoryview(b'abcd').cast('H'))",
]
print("expression\tresult")
for code in cases:
    try:
        result = repr(eval(code, {"array": array}))
    except Exception as exc:
        result = f"{type(exc).__name__}: {exc}"
    print(f"{code}\t{result}")
