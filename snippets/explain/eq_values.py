import array
one_byte = memoryview(b'\x01\x02')
four_bytes = memoryview(array.array('i', [1, 2]))
doubles = memoryview(array.array('d', [1.0, 2.0]))
one_byte.nbytes, four_bytes.nbytes, doubles.nbytes
one_byte == four_bytes == doubles
one_byte == array.array('i', [1, 2])
