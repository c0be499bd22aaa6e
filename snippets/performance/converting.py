# mode: measure
# timeout: 300
# label: size_bytes = view size
# label: seconds = time per write
# label: peak_bytes = peak memory per write
# claim: write(view) seconds flat within 4
# claim: write(view.tobytes()) seconds grows by 10
# claim: write(bytes(view)) seconds grows by 10
# claim: write(view) seconds below write(view.tobytes()) by 3 from 1000000
# claim: write(view) peak_bytes flat within 2
# claim: write(view.tobytes()) peak_bytes grows by 500
# claim: write(bytes(view)) peak_bytes grows by 500
import os
import statistics
import sys
import timeit
import tracemalloc

QUICK = "--quick" in sys.argv  # a smaller, faster run: python converting.py --quick
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


# Writing to the null device costs the same whatever the size, so what
# grows with the size is the conversion alone.
sink = open(os.devnull, "wb", buffering=0)
print(f"{'case':<22} {'size_bytes':>10} {'seconds':>10} {'peak_bytes':>10}")
for size in SIZES:
    names = {"sink": sink, "view": memoryview(bytearray(size))[1:]}
    cases = [
        ("write(view)", "sink.write(view)"),
        ("write(view.tobytes())", "sink.write(view.tobytes())"),
        ("write(bytes(view))", "sink.write(bytes(view))"),
    ]
    statements = [statement for _, statement in cases]
    for (case, statement), t in zip(cases, seconds(statements, names)):
        print(f"{case:<22} {size:>10} {t:>10.3e} {peak(statement, names):>10}")
sink.close()
