# mode: script
# not-on: pyodide: WebAssembly has no sockets
import socket
import threading
import time


def recv_exactly(sock, view):
    """Fill the whole of view from sock, in as many calls as it takes."""
    pos = 0
    while pos < view.nbytes:
        n = sock.recv_into(view[pos:])
        if n == 0:
            raise ConnectionError(f"peer closed after {pos} of {view.nbytes} bytes")
        pos += n


def send_in_pieces(sock, data, size):
    data = memoryview(data)
    for start in range(0, data.nbytes, size):
        sock.sendall(data[start : start + size])
        time.sleep(0.01)
    sock.sendall(b"short")
    sock.close()


left, right = socket.socketpair()
messages = b"0123456789abcdef" + b"FEDCBA9876543210"
sender = threading.Thread(target=send_in_pieces, args=(left, messages, 5))
sender.start()

buf = bytearray(16)
view = memoryview(buf)
for _ in range(2):
    recv_exactly(right, view)
    print("message:", buf.decode())
try:
    recv_exactly(right, view)
except ConnectionError as exc:
    print("ConnectionError:", exc)
sender.join()
right.close()
