"""Seal a target interpreter's process with the operating system's isolation.

Every process that runs snippet code starts inside bubblewrap (``bwrap``):
new user, PID, mount, network, IPC and UTS namespaces, no capabilities, a
read-only view of the system's programs and of the folders the interpreter
needs, a private ``/tmp`` and home in memory, and nothing else of the host.
It cannot see the host's processes or files, cannot write outside its own
memory-backed folders, reaches no network, and everything it starts dies
with it.  Where sealing is impossible the engine stops with an error that
says so; it never runs a snippet unsealed.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

# Where the engine's own files appear inside the sandbox (read-only).
ENGINE = "/snipcheck"
# The private home folder (on the sandbox's own /tmp, so it is in memory).
HOME = "/tmp/home"
_HERE = Path(__file__).resolve().parent
_HOW_TO_FIX = (
    "snipcheck runs every snippet inside bubblewrap and never runs one unsealed. "
    "Install it (Debian/Ubuntu: apt-get install bubblewrap) and allow user namespaces "
    "(Ubuntu 24.04: sysctl kernel.apparmor_restrict_unprivileged_userns=0)."
)


class SandboxError(RuntimeError):
    """Snippets cannot be sealed on this machine."""


def _system_folders() -> list[str]:
    """The usr-merged system: /usr read-only, with the usual links to it."""
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("lib", "lib64", "lib32", "bin", "sbin"):
        if os.path.islink(f"/{name}"):
            args += ["--symlink", os.readlink(f"/{name}"), f"/{name}"]
        elif os.path.isdir(f"/{name}"):
            args += ["--ro-bind", f"/{name}", f"/{name}"]
    # The dynamic loader's cache: without it libraries in multiarch
    # folders (libffi for ctypes, for one) are not found.
    args += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    return args


def _outermost(paths: Iterable[str]) -> list[str]:
    """The folders to show, without ones already inside another.  A path
    that leads through a symbolic link is shown both where it is named and
    where it leads: a program may be started, or find its files, by either."""
    existing = [p for p in paths if p and os.path.exists(p)]
    named = sorted({os.path.abspath(p) for p in existing} | {os.path.realpath(p) for p in existing})
    kept: list[str] = []
    for path in named:
        if path.startswith("/usr/") or path == "/usr":
            continue
        if not any(path == k or path.startswith(k.rstrip("/") + "/") for k in kept):
            kept.append(path)
    return kept


def command(
    argv: list[str],
    readable: Iterable[str] = (),
    bind: Iterable[tuple[str, str]] = (),
    cwd: str = HOME,
) -> list[str]:
    """``argv`` wrapped so that it runs sealed, seeing only ``readable``
    (folders or files, shown read-only at the same path), the engine, and
    ``bind`` (host folder, path inside: writable), starting in ``cwd``."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise SandboxError(f"bubblewrap (bwrap) is not on PATH. {_HOW_TO_FIX}")
    args = [
        bwrap,
        "--unshare-all",
        # The sealed program is the namespace's init: no reaper of bwrap's
        # own is left in there with the host's pipes open, and a signal
        # from inside the sandbox cannot end it.
        "--as-pid-1",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        *_system_folders(),
    ]
    # The private /tmp first: what is shown of the host may lie below it.
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", HOME]
    for path in _outermost(readable):
        args += ["--ro-bind", path, path]
    args += ["--ro-bind", str(_HERE), ENGINE]
    for host, inside in bind:
        args += ["--bind", host, inside]
    args += [
        "--chdir",
        cwd,
        "--setenv",
        "HOME",
        HOME,
        "--",
        *argv,
    ]
    return args


@functools.cache
def check() -> None:
    """Raise SandboxError, saying what to do, unless a sealed process starts."""
    try:
        done = subprocess.run(
            command(["/bin/true"]), capture_output=True, text=True, timeout=60, env={}
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SandboxError(f"bubblewrap could not start: {exc}. {_HOW_TO_FIX}") from None
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise SandboxError(f"bubblewrap cannot seal a process here ({why}). {_HOW_TO_FIX}")
