# mode: script
# os.readv() and a binary file's readinto() both read into a slice of a
# memoryview, without os.readinto().
import os
import tempfile
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "data.bin")
    with open(path, "wb") as f:
        f.write(b"hello world")
    buf = bytearray(8)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert os.readv(fd, [memoryview(buf)[2:]]) == 6
    finally:
        os.close(fd)
    assert buf == bytearray(b"\x00\x00hello "), buf
    buf = bytearray(8)
    with open(path, "rb", buffering=0) as f:
        assert f.readinto(memoryview(buf)[2:]) == 6
    assert buf == bytearray(b"\x00\x00hello "), buf
