import inspect
for name, flag in inspect.BufferFlags.__members__.items():
    print(f'{name:15} {int(flag):4}')

