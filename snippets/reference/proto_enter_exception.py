try:
    with memoryview(b'abc') as m:
        raise KeyError('boom')
except KeyError as exc:
    print('caught', repr(exc))

m
