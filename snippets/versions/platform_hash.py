import sys
sys.hash_info.width, sys.hash_info.algorithm
hash(memoryview(b'abc')) == hash(b'abc')
-2**31 <= hash(b'abc') < 2**31
