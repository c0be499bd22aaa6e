# not-on: pyodide: WebAssembly has no sockets
import socket
left, right = socket.socketpair()
buf = bytearray(12)
view = memoryview(buf)
left.sendall(b"HEAD")
right.recv_into(view)
left.sendall(b"payload!")
right.recv_into(view[4:])
buf
left.close()
right.close()
