m = memoryview(b'abcdef')
hash(m) == hash(b'abcdef') == hash(m.tobytes())
hash(m.cast('b')) == hash(m.cast('c')) == hash(m)
hash(m[::2]) == hash(b'ace')
hash(m.cast('B', shape=[2, 3])) == hash(b'abcdef')
prices = {b'abcdef': 42}
prices[m]
m in {b'abcdef'}
