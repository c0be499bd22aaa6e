import array, weakref
numbers = array.array('B', b'abc')
alive = weakref.ref(numbers)
m = memoryview(numbers)
del numbers
alive() is None
m.obj is alive()
m.release()
alive() is None
m.obj
