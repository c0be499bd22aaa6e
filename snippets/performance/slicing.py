# mode: measure
# timeout: 300
# label: size_bytes = slice length
# label: seconds = time per slice
# label: peak_bytes = peak memory per slice
# claim: view[1:] seconds flat within 4
# claim: bytes[1:] seconds grows by 30
# claim: bytearray[1:] seconds grows by 30
# claim: view[1:] seconds below bytes[1:] by 3 from 100000
# claim: view[1:] seconds below bytes[1:] by 0.33 to 1000
# claim: view[1:] seconds above bytes[1:] by 0.33 to 1000
# claim: view[1:] peak_bytes flat within 1.5
# claim: bytes[1:] peak_bytes grows by 500
# claim: bytearray[1:] peak_bytes grows by 500
import statistics
import sys
import timeit
import tracemalloc

QUICK = "--quick" in sys.argv  # a smaller, faster run: python slicing.py --quick
SIZES = [10**k * m for k in range(3, 9) for m in (1, 3) if 10**k * m <= 10**8]
if QUICK:
    SIZES = [s for s in SIZES if s <= 10**6]
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


print(f"{'case':<14} {'size_bytes':>10} {'seconds':>10} {'peak_bytes':>10}")
for size in SIZES:
    names = {"data": bytes(size), "array": bytearray(size)}
    names["view"] = memoryview(names["data"])
    cases = [
        ("bytes[1:]", "data[1:]"),
        ("bytearray[1:]", "array[1:]"),
        ("view[1:]", "view[1:]"),
    ]
    statements = [statement for _, statement in cases]
    for (case, statement), t in zip(cases, seconds(statements, names)):
        print(f"{case:<14} {size:>10} {t:>10.3e} {peak(statement, names):>10}")
