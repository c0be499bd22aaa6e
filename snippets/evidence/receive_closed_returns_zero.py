# mode: script
# not-on: pyodide: WebAssembly has no sockets
# Once the other end of a stream socket is closed, recv_into() returns 0 on
# every call, without an error.
import socket

left, right = socket.socketpair()
left.sendall(b"abc")
left.close()
view = memoryview(bytearray(8))
assert right.recv_into(view) == 3
results = [right.recv_into(view) for _ in range(3)]
assert results == [0, 0, 0], results
right.close()
