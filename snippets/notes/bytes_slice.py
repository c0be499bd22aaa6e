data = b"abcdef"
part = data[1:4]
type(part), part
view_part = memoryview(data)[1:4]
view_part.obj is data
view_part.nbytes
