class Packet:
    def __init__(self, payload):
        self.payload = bytearray(payload)
    def __buffer__(self, flags):
        return memoryview(self.payload)

memoryview(Packet(b'abc')).tolist()
bytes(Packet(b'abc'))
