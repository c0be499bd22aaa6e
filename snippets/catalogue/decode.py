m = memoryview(b'caf\xc3\xa9')
m.decode()
bytes(m).decode()
str(m, 'utf-8')
