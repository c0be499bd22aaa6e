# mode: script
# not-on: pyodide: WebAssembly has no sockets
# recv_into(buf[2:]) on a bytearray is accepted and reports the bytes it
# received, but they go into a temporary copy: buf itself stays unchanged.
import socket

left, right = socket.socketpair()
buf = bytearray(8)
left.sendall(b"data")
count = right.recv_into(buf[2:])
assert count == 4, count
assert buf == bytearray(8), buf
left.close()
right.close()
