class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __buffer__(self, flags):
        return self.payload

memoryview(Packet(b'abc'))
class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __buffer__(self, flags):
        return memoryview(self.payload)

memoryview(Packet(b'abc')).tobytes()
