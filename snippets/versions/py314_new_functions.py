import ctypes, os
hasattr(ctypes, 'memoryview_at')
hasattr(os, 'readinto')
