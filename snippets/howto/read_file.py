from pathlib import Path
Path("data.bin").write_bytes(b"0123456789")
buf = bytearray(16)
with open("data.bin", "rb") as f:
    first = f.readinto(buf)
    second = f.readinto(buf)

first, second
buf
buf[:first]
