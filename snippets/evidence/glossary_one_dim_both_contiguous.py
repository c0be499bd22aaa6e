# mode: script
# A one-dimensional view without gaps is both C- and Fortran-contiguous.
for m in (memoryview(b"abcd"), memoryview(b"abcd")[1:3], memoryview(bytes(8)).cast("i")):
    assert m.c_contiguous and m.f_contiguous and m.contiguous
