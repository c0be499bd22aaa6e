# mode: script
# m != x always gives the opposite of m == x, whatever x is, NaN items and
# released views included.
import array
nan = memoryview(array.array("d", [float("nan")]))
gone = memoryview(b"ab")
gone.release()
views = [memoryview(b"ab"), memoryview(b"ab").cast("c"), nan, gone,
         memoryview(b"abcd").cast("B", shape=[2, 2])]
others = views + [b"ab", bytearray(b"ab"), "ab", [97, 98], None, 1]
for m in views:
    for other in others:
        assert (m != other) == (not (m == other)), (m, other)
