# mode: script
# The main script's __file__ is an absolute path, even when the script was
# started with a relative one.
import os
assert os.path.isabs(__file__), __file__
