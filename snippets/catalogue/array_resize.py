import array
numbers = array.array('i', [1, 2])
m = memoryview(numbers)
numbers.append(3)
m.release()
numbers.append(3)
numbers
