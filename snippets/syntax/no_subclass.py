class MyView(memoryview):
    pass
