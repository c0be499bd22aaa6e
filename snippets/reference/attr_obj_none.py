import ctypes
from_memory = ctypes.pythonapi.PyMemoryView_FromMemory
from_memory.restype = ctypes.py_object
from_memory.argtypes = [ctypes.c_char_p, ctypes.c_ssize_t, ctypes.c_int]
raw = ctypes.create_string_buffer(b'xyz')
PyBUF_READ = 0x100
m = from_memory(raw, 3, PyBUF_READ)
print(m.obj)
m.readonly, m.tobytes()
