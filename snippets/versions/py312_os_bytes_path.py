import os
os.path.isdir(b'/')
os.listdir(memoryview(b'/')) == os.listdir(b'/')
