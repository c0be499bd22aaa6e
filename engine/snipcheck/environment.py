"""The scrubbed environment every target interpreter is started with."""

from __future__ import annotations

# Nothing is inherited from the host: no secrets, no PYTHONPATH, no colours.
# The values below make runs repeatable (hash seed), readable (UTF-8) and
# ordered the way a terminal shows them (unbuffered stdout and stderr).
_FIXED = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONUTF8": "1",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONUNBUFFERED": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONNOUSERSITE": "1",
    "NO_COLOR": "1",
    "PYTHON_COLORS": "0",
    "TERM": "dumb",
    "HOME": "/nonexistent",
    # Keep numerical libraries to one thread so memory limits stay meaningful.
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
}


def child_environment() -> dict[str, str]:
    """A fresh copy of the environment for a target interpreter."""
    return dict(_FIXED)
