from array import array
samples = array("d", [0.0, 0.5, 1.0])
view = memoryview(samples)
view.format, view.itemsize, len(view), view.nbytes
view[1] = 0.75
samples
view.cast("B")[8:16].hex()
samples.append(1.5)
view.release()
samples.append(1.5)
samples
