# mode: script
# While a view of a bytearray exists, every operation that would change its
# length raises BufferError: append, extend, insert, pop, remove, clear,
# +=, *=, del of a slice and a slice assignment of another length.
buf = bytearray(b"abcdef")
view = memoryview(buf)

def append(): buf.append(1)
def extend(): buf.extend(b"xy")
def insert(): buf.insert(0, 1)
def pop(): buf.pop()
def remove(): buf.remove(ord("a"))
def clear(): buf.clear()
def iadd():
    global buf
    buf += b"x"
def imul():
    global buf
    buf *= 2
def delete(): del buf[0:2]
def resize_slice(): buf[0:2] = b"xyz"

for change in (append, extend, insert, pop, remove, clear, iadd, imul, delete, resize_slice):
    try:
        change()
    except BufferError:
        continue
    raise AssertionError(f"{change.__name__} changed the length of a viewed bytearray")
assert buf == b"abcdef", buf
view.release()
