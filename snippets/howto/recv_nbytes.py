# not-on: pyodide: WebAssembly has no sockets
import socket
left, right = socket.socketpair()
left.sendall(b"0123456789")
buf = bytearray(8)
view = memoryview(buf)
right.recv_into(view, 3)
right.recv_into(view[3:])
buf
right.recv_into(view[:2], 4)
right.recv_into(b"read-only")
left.close()
right.close()
