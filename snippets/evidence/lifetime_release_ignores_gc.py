# mode: script
# release() gives the export back at once, even for a view that only the
# cycle collector could free, and with the collector turned off.
import gc

gc.disable()
buf = bytearray(b"abc")
cycle = [memoryview(buf)]
cycle.append(cycle)
cycle[0].release()
buf.append(100)  # the view and its cycle still exist
assert buf == b"abcd"
gc.enable()
