view = memoryview(bytes(16))
view.cast('D')
view.cast('Zd')
import array
array.array('e', [0.5])
