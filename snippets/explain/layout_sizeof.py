# mode: script
# sys.getsizeof() of views with 1 to 4 dimensions, and of views of small and
# large memory: the size of the view object, per interpreter.
import sys

data = bytes(8)
m = memoryview(data)
print("view\tndim\tsys.getsizeof")
for ndim in range(1, 5):
    view = m.cast("B", [8] + [1] * (ndim - 1))
    print(f"{ndim}-dimensional view of 8 bytes\t{view.ndim}\t{sys.getsizeof(view)}")
big = memoryview(bytes(1_000_000))
print(f"1-dimensional view of 1,000,000 bytes\t{big.ndim}\t{sys.getsizeof(big)}")
