extra = sorted(set(dir(memoryview)) - set(dir(object)))
[name for name in extra if name.startswith('__')]
[name for name in extra if not name.startswith('__')]
