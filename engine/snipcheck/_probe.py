# Run by a fresh, sealed interpreter (runner.startup), as a script or fed to
# `python -i`: what it holds before a snippet's first line.  It imports
# nothing that start-up has not imported.  (No docstring: the interactive
# interpreter would echo it.)
import sys

print(" ".join(sys.modules))
print("\0".join(sys.path_importer_cache))
