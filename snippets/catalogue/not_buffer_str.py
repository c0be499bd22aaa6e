memoryview('café')
memoryview('café'.encode('utf-8'))
memoryview('café'.encode('utf-8')).nbytes
