# mode: script
# not-on: pyodide: WebAssembly has no sockets
# Receiving the next message into the same buffer overwrites the previous
# one; a copy made with bytes() keeps it.
import socket

left, right = socket.socketpair()
buf = bytearray(5)
view = memoryview(buf)

def recv_exactly(sock, view):
    pos = 0
    while pos < len(view):
        n = sock.recv_into(view[pos:])
        assert n, "connection closed"
        pos += n

left.sendall(b"firstsecnd")
recv_exactly(right, view)
kept = bytes(buf)
recv_exactly(right, view)
assert kept == b"first" and buf == bytearray(b"secnd"), (kept, buf)
left.close()
right.close()
