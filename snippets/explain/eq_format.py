data = b'\x01\xff'
unsigned = memoryview(data)
signed = unsigned.cast('b')
chars = unsigned.cast('c')
unsigned.tolist(), signed.tolist(), chars.tolist()
unsigned == signed
unsigned[:1] == signed[:1]
unsigned == chars
unsigned.tobytes() == signed.tobytes() == chars.tobytes()
