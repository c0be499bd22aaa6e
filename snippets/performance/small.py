# mode: measure
# timeout: 300
# label: slice_bytes = slice length
# label: seconds = time per slice
# label: peak_bytes = peak memory per slice
# claim: memoryview(data)[i:j] seconds above data[i:j] by 1.1 to 256
# claim: view[i:j] peak_bytes above data[i:j] to 64
import statistics
import sys
import timeit
import tracemalloc

QUICK = "--quick" in sys.argv  # a smaller, faster run: python small.py --quick
LENGTHS = [4**k for k in range(7)]  # 1 to 4096 bytes
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


data = bytes(range(256)) * 64  # 16 KiB to take slices from
view = memoryview(data)
print(f"{'case':<22} {'slice_bytes':>11} {'seconds':>10} {'peak_bytes':>10}")
for length in LENGTHS:
    names = {"data": data, "view": view, "i": 8, "j": 8 + length}
    cases = [
        ("data[i:j]", "data[i:j]"),
        ("view[i:j]", "view[i:j]"),
        ("memoryview(data)", "memoryview(data)"),
        ("memoryview(data)[i:j]", "memoryview(data)[i:j]"),
        ("view[i:j].tobytes()", "view[i:j].tobytes()"),
    ]
    statements = [statement for _, statement in cases]
    for (case, statement), t in zip(cases, seconds(statements, names)):
        print(f"{case:<22} {length:>11} {t:>10.3e} {peak(statement, names):>10}")
