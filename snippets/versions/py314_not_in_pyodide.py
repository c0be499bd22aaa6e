import ctypes
hasattr(ctypes, 'c_double_complex')
import concurrent.interpreters
