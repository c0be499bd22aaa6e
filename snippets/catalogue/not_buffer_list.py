memoryview([1, 2, 3])
memoryview(bytes([1, 2, 3])).tolist()
import array
memoryview(array.array('i', [1000, 2000])).tolist()
