import struct
zeros = memoryview(struct.pack('ff', 0.0, -0.0)).cast('f')
zeros.tolist()
zeros[0:1] == zeros[1:2]
zeros[0:1].tobytes(), zeros[1:2].tobytes()
nan = memoryview(struct.pack('f', float('nan'))).cast('f')
nan.tolist()
nan == nan
nan.tobytes() == nan.tobytes()
