"""Virtual environments for the interpreters found, with the packages that
snippets may declare (``# requires: numpy``), so they are verified there
too (``snipcheck targets``)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from . import interpreters
from .config import Config
from .environment import child_environment


def set_up(config: Config, requirements: Path, into: Path, say: Callable[[str], None]) -> int:
    """One venv per interpreter found (``into/<label>``), made from it and
    given ``requirements``; made again only when the requirements or the
    interpreter under it change.  Returns 1 if one could not be made."""
    wanted = requirements.read_bytes()
    # Every configured interpreter but the venvs this makes, and those on
    # PATH, pyenv's and uv's.
    bases = interpreters.discover(config.interpreters, config.root, config.minimum, outside=into)
    status = 0
    for interp in bases.found:
        venv = into / interp.label
        ready = venv / ".snipcheck-ready"
        base = f"{interp.executable} {interp.release} {interp.build}".encode()
        stamp = hashlib.sha256(wanted + b"\0" + base).hexdigest()
        if ready.exists() and ready.read_text() == stamp:
            continue
        say(f"setting up {venv.relative_to(config.root)} from {interp.executable}")
        pip = [interp.executable, "-m", "pip", "--python", str(venv / "bin" / "python")]
        # The base's own pip installs into the venv: a distribution's
        # ensurepip may look for wheels in the system's folders, not its own.
        steps = [
            [interp.executable, "-m", "venv", "--clear", "--without-pip", str(venv)],
            [*pip, "install", "-q", "-r", str(requirements)],
        ]
        for step in steps:
            env = child_environment() | {"PIP_DISABLE_PIP_VERSION_CHECK": "1"}
            done = subprocess.run(step, env=env, cwd=config.root)
            if done.returncode != 0:
                print(f"error: {' '.join(step)} failed (status {done.returncode})", file=sys.stderr)
                status = 1
                break
        else:
            ready.write_text(stamp)
    return status
