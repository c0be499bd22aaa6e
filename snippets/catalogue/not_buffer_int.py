memoryview(258)
memoryview(bytes(3)).tolist()
memoryview((258).to_bytes(2, 'little')).tolist()
