m = memoryview(b'abc')
m[2**63]
m[2**63:].tobytes()
m[-1]
