view = memoryview(b"abc")
print(view)
f"{view}"
str(view) == repr(view)
bytes(view)
view.tolist()
view.hex(" ")
