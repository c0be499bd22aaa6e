# mode: measure
# timeout: 300
# not-on: pyodide: WebAssembly in Node has no socket pairs
# label: message_bytes = message size
# label: seconds = time per message
# label: peak_bytes = peak memory while receiving
# claim: recv_into(view) seconds below bytes+=recv() by 2 from 1000000
# claim: recv_into(view) peak_bytes below b''.join(recv()) by 10 from 1000000
import socket
import statistics
import sys
import timeit
import tracemalloc

QUICK = "--quick" in sys.argv  # a smaller, faster run: python receiving.py --quick
SIZES = [2**k for k in range(16, 25, 2)]  # 64 KiB to 16 MiB
if QUICK:
    SIZES = [s for s in SIZES if s <= 2**20]
ROUND = 0.002 if QUICK else 0.02  # seconds one timing round lasts at least
CHUNK = 65536  # the most each recv() call asks for


def seconds(statements, names):
    """Median time of one execution of each statement, over five rounds.
    The rounds of the statements take turns, so that a moment when the
    machine is busy slows all of them, not just one."""
    timers = [timeit.Timer(s, globals=names) for s in statements]
    numbers = []
    for timer in timers:
        number = 1
        timer.timeit(number)  # a warm-up round, not counted
        while timer.timeit(number) < ROUND:  # enough runs to fill a round
            number *= 4
        numbers.append(number)
    rounds = [[] for _ in timers]
    for _ in range(5):
        for timer, number, times in zip(timers, numbers, rounds):
            times.append(timer.timeit(number) / number)
    return [statistics.median(times) for times in rounds]


def peak(statement, names):
    """Most memory allocated at once while the statement runs."""
    code = compile(statement, "<measure>", "exec")
    tracemalloc.start()
    exec(code, names)
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return top


def concatenate(sock, size):
    data = b""
    while len(data) < size:
        data += sock.recv(CHUNK)
    return data


def join(sock, size):
    parts, got = [], 0
    while got < size:
        part = sock.recv(CHUNK)
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def into(sock, view):
    got = 0
    while got < len(view):
        got += sock.recv_into(view[got : got + CHUNK])
    return view


class Loopback:
    """The receiving end of a socket pair that, just before each read, sends
    the next chunk of the message from the other end. One thread does both,
    so how threads happen to be scheduled never gets into the numbers."""

    def __init__(self, payload):
        self.left = memoryview(payload)

    def _send_next(self, size):
        sent = SEND.send(self.left[:size])
        self.left = self.left[sent:]

    def recv(self, size):
        self._send_next(size)
        return RECV.recv(size)

    def recv_into(self, buffer):
        self._send_next(len(buffer))
        return RECV.recv_into(buffer)


def receive(how, arg, payload):
    """Receive payload through a socket pair with how(sock, arg)."""
    how(Loopback(payload), arg)


SEND, RECV = socket.socketpair()
print(f"{'case':<22} {'message_bytes':>13} {'seconds':>10} {'peak_bytes':>10}")
for size in SIZES:
    names = {"receive": receive, "payload": bytes(size), "size": size}
    names.update(concatenate=concatenate, join=join, into=into)
    names["view"] = memoryview(bytearray(size))
    cases = [
        ("bytes+=recv()", "receive(concatenate, size, payload)"),
        ("b''.join(recv())", "receive(join, size, payload)"),
        ("recv_into(view)", "receive(into, view, payload)"),
    ]
    statements = [statement for _, statement in cases]
    for (case, statement), t in zip(cases, seconds(statements, names)):
        print(f"{case:<22} {size:>13} {t:>10.3e} {peak(statement, names):>10}")
