# mode: script
# Ten errors people meet most: each statement is run and its exception printed.
cases = [
    "memoryview('text')",
    "memoryview(b'ab')[0] = 65",
    "memoryview(bytearray(2))[0] = 256",
    "memoryview(bytearray(2))[0] = b'x'",
    "memoryview(bytearray(4))[:2] = b'abc'",
    "memoryview(b'abc').cast('H')",
    "memoryview(bytearray(8)).cast('i').cast('h')",
    "v = memoryview(b'ab'); v.release(); v[0]",
    "d = bytearray(b'ab'); v = memoryview(d); d.append(1)",
    "hash(memoryview(bytearray(2)))",
]
print("#\tcode\traises")
for n, code in enumerate(cases, 1):
    try:
        exec(code, {})
    except Exception as exc:
        print(f"{n}\t{code}\t{type(exc).__name__}: {exc}")
    else:
        print(f"{n}\t{code}\tno exception")
