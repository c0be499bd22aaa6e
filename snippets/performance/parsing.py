# mode: measure
# timeout: 300
# label: records = number of records
# label: seconds = time per record
# claim: iter_unpack() seconds below unpack(data[i:j]) by 1.1
# claim: unpack_from(view,i) seconds below unpack_from(data,i) by 0.5
# claim: unpack_from(view,i) seconds above unpack_from(data,i) by 0.5
import statistics
import struct
import sys
import timeit

QUICK = "--quick" in sys.argv  # a smaller, faster run: python parsing.py --quick
COUNTS = [10**k for k in range(2, 5 if QUICK else 6)]
ROUND = 0.002 if QUICK else 0.02  # seconds one timing round lasts at least
RECORD = struct.Struct("<Iid")  # 16 bytes: an unsigned int, an int and a double


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


def by_slicing(data):
    size = RECORD.size
    return [RECORD.unpack(data[i : i + size]) for i in range(0, len(data), size)]


def by_offset(buffer):
    return [RECORD.unpack_from(buffer, i) for i in range(0, len(buffer), RECORD.size)]


def by_iterating(buffer):
    return list(RECORD.iter_unpack(buffer))


print(f"{'case':<26} {'records':>8} {'seconds':>10}")
for count in COUNTS:
    data = b"".join(RECORD.pack(i, -i, i / 3) for i in range(count))
    names = {"data": data, "view": memoryview(data)}
    names.update(by_slicing=by_slicing, by_offset=by_offset, by_iterating=by_iterating)
    assert by_slicing(data) == by_offset(names["view"]) == by_iterating(data)
    cases = [
        ("unpack(data[i:j])", "by_slicing(data)"),
        ("unpack(view[i:j])", "by_slicing(view)"),
        ("unpack_from(data,i)", "by_offset(data)"),
        ("unpack_from(view,i)", "by_offset(view)"),
        ("iter_unpack()", "by_iterating(data)"),
    ]
    statements = [statement for _, statement in cases]
    for (case, _), t in zip(cases, seconds(statements, names)):
        print(f"{case:<26} {count:>8} {t / count:>10.3e}")
