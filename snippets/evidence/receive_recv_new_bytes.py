# mode: script
# not-on: pyodide: WebAssembly has no sockets
# sock.recv(n) returns a new bytes object on each call, and joining two
# received pieces with + makes a third object holding a copy of both.
import socket

left, right = socket.socketpair()
left.sendall(b"abcd")
first = right.recv(2)
second = right.recv(2)
assert type(first) is bytes and first is not second
both = first + second
assert both == b"abcd" and both is not first and both is not second
left.close()
right.close()
