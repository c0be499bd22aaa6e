raw = b'\xff\xff'
unsigned = memoryview(raw)
signed = unsigned.cast('b')
unsigned.tobytes() == signed.tobytes()
unsigned == signed
unsigned.tolist(), signed.tolist()
