data = b"abc"
first = memoryview(data)
second = memoryview(data)
first is second
first == second
first.obj is second.obj
memoryview(first).obj is data
