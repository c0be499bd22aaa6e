# mode: script
# not-on: pyodide: WebAssembly has no sockets
# After the sender closes mid-message, a loop that only adds recv_into()'s
# count to pos makes no progress: pos stays where it was, call after call.
import socket

left, right = socket.socketpair()
left.sendall(b"abc")
left.close()
view = memoryview(bytearray(8))
pos = 0
for _ in range(100):  # the real loop, `while pos < 8`, would never end
    pos += right.recv_into(view[pos:])
assert pos == 3, pos
right.close()
