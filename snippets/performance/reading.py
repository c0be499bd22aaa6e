# mode: measure
# timeout: 300
# label: chunk_bytes = chunk size
# label: seconds = time to read the file
# label: peak_bytes = peak memory while reading
# claim: readinto() peak_bytes flat within 2
# claim: read() peak_bytes above readinto() by 4 from 1000000
# claim: readinto() seconds above read() by 0.4 from 100000
import os
import statistics
import sys
import tempfile
import timeit
import tracemalloc

QUICK = "--quick" in sys.argv  # a smaller, faster run: python reading.py --quick
FILE_SIZE = 4 * 10**6 if QUICK else 64 * 10**6
CHUNKS = [10**k * m for k in range(3, 8) for m in (1, 3) if 10**k * m <= FILE_SIZE // 4]
ROUND = 0.002 if QUICK else 0.02  # seconds one timing round lasts at least


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


def with_read(path, size):
    with open(path, "rb") as f:
        while f.read(size):
            pass


def with_readinto(path, view):
    with open(path, "rb") as f:
        while f.readinto(view):
            pass


# The file is read again and again, so it stays in the operating system's
# cache: this measures the copying and allocating, not the disk. It is made
# in a temporary folder, removed again at the end.
folder = tempfile.TemporaryDirectory()
path = os.path.join(folder.name, "data.bin")
with open(path, "wb") as f:
    f.write(os.urandom(FILE_SIZE))

print(f"{'case':<11} {'chunk_bytes':>11} {'seconds':>10} {'peak_bytes':>10}")
for size in CHUNKS:
    names = {"path": path, "size": size, "view": memoryview(bytearray(size))}
    names.update(with_read=with_read, with_readinto=with_readinto)
    cases = [
        ("read()", "with_read(path, size)"),
        ("readinto()", "with_readinto(path, view)"),
    ]
    statements = [statement for _, statement in cases]
    for (case, statement), t in zip(cases, seconds(statements, names)):
        print(f"{case:<11} {size:>11} {t:>10.3e} {peak(statement, names):>10}")

folder.cleanup()
