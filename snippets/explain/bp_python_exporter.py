class Exporter:
    def __init__(self):
        self.data = bytearray(b'abcd')
    def __buffer__(self, flags):
        print('__buffer__ called')
        return memoryview(self.data)
    def __release_buffer__(self, view):
        print('__release_buffer__ called')

source = Exporter()
m = memoryview(source)
head = m[:2]
letters = m.cast('c')
m.obj
m.release()
head.release()
letters.release()
