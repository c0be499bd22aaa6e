m = memoryview(b'abc')
m + b'!'
bytes(m) + b'!'
b''.join([m, b'!'])
