import concurrent.interpreters as interpreters
buf = bytearray(b'abc')
interpreters.is_shareable(buf), interpreters.is_shareable(memoryview(buf))
worker = interpreters.create()
worker.prepare_main(view=memoryview(buf))
worker.exec("view[0] = ord('x')")
buf
worker.close()
