# mode: script
# timeout: 60
# For one-item views with the formats 'B', 'b' and 'c', in any pairing, two
# views are equal only when they hold the same byte (all 256 x 256 pairs).
formats = ("B", "b", "c")
views = {(f, n): memoryview(bytes([n])).cast(f) for f in formats for n in range(256)}
for (f, n), v in views.items():
    for (g, k), w in views.items():
        if v == w:
            assert n == k, (f, n, g, k)
