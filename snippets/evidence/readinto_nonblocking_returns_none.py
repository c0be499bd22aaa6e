# mode: script
# An unbuffered reader on a non-blocking pipe returns None from readinto()
# while no bytes have arrived, and the count once some have.
import os

r, w = os.pipe()
os.set_blocking(r, False)
with open(r, "rb", buffering=0) as reader:
    assert reader.readinto(bytearray(8)) is None
    os.write(w, b"xy")
    assert reader.readinto(bytearray(8)) == 2
os.close(w)
