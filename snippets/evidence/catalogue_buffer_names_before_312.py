# mode: script
# __buffer__, __release_buffer__ and inspect.BufferFlags do not exist, so
# reaching for any of them raises AttributeError.
import inspect

for owner, name in [(bytes, "__buffer__"), (memoryview, "__buffer__"),
                    (bytearray, "__release_buffer__"), (inspect, "BufferFlags")]:
    try:
        getattr(owner, name)
    except AttributeError:
        pass
    else:
        raise AssertionError(f"{owner.__name__}.{name} exists")
