import sys
data = b"abcd"
sys.getsizeof(data)
sys.getsizeof(memoryview(data))
sys.getsizeof(memoryview(data)[1:3])
sys.getsizeof(data[1:3])
