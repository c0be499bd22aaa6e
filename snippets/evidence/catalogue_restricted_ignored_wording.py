# mode: script
# The error raised inside a Python __release_buffer__ is reported as ignored,
# under the first line "Exception ignored in __release_buffer__ of Logged".
import sys

seen = []
sys.unraisablehook = seen.append


class Logged(bytearray):
    def __release_buffer__(self, view):
        memoryview(view)


memoryview(Logged(b"abc")).release()
assert len(seen) == 1, "nothing was reported"
report = seen[0]
assert str(report.exc_value) == "cannot create new view on restricted memoryview", report.exc_value
assert report.err_msg == "Exception ignored in __release_buffer__ of Logged", report.err_msg
