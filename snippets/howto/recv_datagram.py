# not-on: pyodide: WebAssembly has no sockets
import socket
left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
for message in (b"first", b"second", b"truncated", b"next"):
    left.send(message)

buf = bytearray(16)
view = memoryview(buf)
right.recvfrom_into(view)
right.recvfrom_into(view[5:])
buf
right.recvfrom_into(view[:4])
bytes(view[:4])
right.recvfrom_into(view)
bytes(view[:4])
left.close()
right.close()
