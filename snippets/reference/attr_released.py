# mode: script
m = memoryview(b'abc')
m.release()
names = ['obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim',
         'shape', 'strides', 'suboffsets', 'c_contiguous', 'f_contiguous',
         'contiguous']
for name in names:
    try:
        getattr(m, name)
    except ValueError as exc:
        print(f'{name}: ValueError: {exc}')
    else:
        print(f'{name}: no error')
