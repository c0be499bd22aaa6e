# mode: script
# The C function Py_HashBuffer() exists and hashes memory as hash() hashes
# bytes with the same content.
import ctypes
hash_buffer = getattr(ctypes.pythonapi, "Py_HashBuffer", None)
assert hash_buffer is not None, "no Py_HashBuffer"
hash_buffer.restype = ctypes.c_ssize_t
hash_buffer.argtypes = [ctypes.c_char_p, ctypes.c_ssize_t]
assert hash_buffer(b"abc", 3) == hash(b"abc")
