"""The kinds of runtime an interpreter runs in, each one object.

A runtime says how a sealed process of its interpreters starts, what that
process must see of the host, whether it can fork a fresh process for
every run, how its interpreters are labelled and what readers call it.
Everything else in the engine asks the runtime instead of comparing names.

- ``NATIVE``: a CPython executable of this machine (pyenv, a venv, a
  distribution's build started through a launcher script).  Labels are the
  bare version, ``3.12``.
- ``PYODIDE``: CPython compiled to WebAssembly, run under Node.js from the
  folder of a ``pyodide`` npm package.  It cannot fork, so every run happens
  inside the runtime itself.  Its outputs are a platform variant of native
  CPython of the same version: labels are ``3.14-pyodide``.
- ``HISTORY``: CPython older than the versions a project supports (2.7,
  3.6, 3.7), kept as evidence of what they lacked.  It runs only the
  scripts that ask for it, each in a new process, as a reader would: the
  warm child needs a newer CPython.  Labels are ``3.7-history``.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

# (The sandbox is imported where a command is made: the Run buttons import
# this module in the browser, which has no sandbox and gets no copy of it.)
if TYPE_CHECKING:
    from .interpreters import Interpreter
    from .snippets import Snippet


# The kinds of runtime the engine knows; each is one Runtime object below.
Kind = Literal["native", "pyodide", "history"]


@dataclass(frozen=True)
class Runtime:
    name: Kind  # how snippet headers name it: "# not-on: pyodide: ..."
    title: str  # what readers call it ("" for plain CPython)
    suffix: str  # appended to the version in labels
    forks: bool  # a fresh forked process per run, or runs inside the runtime
    grace: float  # how long past a run's limit the host waits for the child
    platform_variant: bool  # its outputs are shown beside native ones, where they differ
    # Runs only the snippets that ask for it ("# also-on: history"), not all.
    opt_in: bool = False
    # Runs each snippet through the warm child, or in a new process of its own.
    warm: bool = True

    def refuses(self, mode: str, requires: tuple[str, ...]) -> str:
        """Why a snippet of this mode, needing these packages, cannot ask
        for this runtime ("" when it can)."""
        if not self.opt_in:
            return f"{self.name} runs every snippet already; only opt-in runtimes are named here"
        if not self.warm and mode != "script":
            return f"{self.name} runs scripts only (each in a new `python file.py`)"
        if not self.warm and requires:
            return f"{self.name} interpreters have no packages installed"
        return ""

    def runs(self, snippet: Snippet) -> bool:
        """Does this runtime run that snippet at all?"""
        return not self.opt_in or self.name in snippet.also_on

    def label(self, version: str) -> str:
        """``3.14.10`` -> ``3.14`` (native), ``3.14-pyodide`` (Pyodide)."""
        return ".".join(version.split(".")[:2]) + self.suffix

    def command(self, interpreter: Interpreter, argv: list[str]) -> list[str]:
        """What starts this interpreter with ``argv`` (the warm child's
        script is ``child_argv``)."""
        return [interpreter.executable, *argv]

    def child_argv(self) -> list[str]:
        from .sandbox import ENGINE

        return [f"{ENGINE}/_child.py"]

    def find(self, patterns: Iterable[str], root: Path) -> list[Interpreter | tuple[str, str]]:
        """The interpreters of this kind that ``patterns`` (globs under
        ``root``) point at, or (path, why not) for each that is not one.
        Native CPythons are found by probing (see interpreters.discover)."""
        raise NotImplementedError(f"{self.name} interpreters are found by probing")

    def readable(self, interpreter: Interpreter) -> list[str]:
        """The host folders a sealed process needs to see, read-only: the
        folder of the executable and of every link on the way to the real
        file (a venv's ``python`` is one), and the installation's prefixes.
        (The sandbox shows each also where it resolves to.)"""
        chain = links(os.path.abspath(interpreter.executable))
        return list(dict.fromkeys([os.path.dirname(p) for p in chain] + [*interpreter.prefixes]))


def matching(patterns: Iterable[str], root: Path) -> list[str]:
    """The paths each glob pattern matches, in order: relative patterns
    under ``root``, "~" for the home folder."""
    return [
        path
        for pattern in patterns
        for path in sorted(glob.glob(str(root / os.path.expanduser(pattern))))
    ]


def links(path: str) -> list[str]:
    """``path`` and every path its symbolic links lead through, to the file."""
    chain = [path]
    while os.path.islink(chain[-1]) and len(chain) < 40:
        chain.append(os.path.join(os.path.dirname(chain[-1]), os.readlink(chain[-1])))
    return chain


@dataclass(frozen=True)
class _Pyodide(Runtime):
    def command(self, interpreter: Interpreter, argv: list[str]) -> list[str]:
        from .sandbox import ENGINE

        # ``executable`` is the folder of the pyodide npm package.
        kept = self.snapshot(interpreter)
        given = ["--snapshot", str(kept.path), "--key", kept.key] if kept else []
        return [
            "node",
            *NODE_FLAGS,
            f"{ENGINE}/pyodide_child.mjs",
            *given,
            interpreter.executable,
            *argv,
        ]

    def snapshot(self, interpreter: Interpreter) -> _Snapshot | None:
        """The memory snapshot of a freshly loaded runtime, kept on disk so
        that a warm child restores it instead of loading Pyodide whole (the
        load costs seconds, the restore a fraction): made when missing or
        stale, None where none can be made (the child then makes its own)."""
        import fcntl  # (not where the Run buttons import this module)

        key = _snapshot_key(interpreter.executable)
        if key is None:
            return None
        folder = _snapshot_folder()
        name = hashlib.sha256(interpreter.executable.encode()).hexdigest()[:12]
        path = folder / f"pyodide-{name}-{hashlib.sha256(key.encode()).hexdigest()[:20]}.snapshot"
        kept = _Snapshot(path, key)
        with _SNAPSHOT_LOCKS.setdefault(str(path), threading.Lock()):
            if kept.checked():
                return kept
            try:
                folder.mkdir(parents=True, exist_ok=True)
                # One run side by side (pytest-xdist) makes it, the others wait.
                with open(folder / f"pyodide-{name}.lock", "a") as lock:
                    fcntl.flock(lock, fcntl.LOCK_EX)
                    if kept.checked(quiet=True):
                        return kept
                    why = self._make_snapshot(interpreter, kept)
            except OSError as exc:
                why = str(exc)
            if why or not kept.checked():
                print(
                    f"snipcheck: no Pyodide snapshot kept for {interpreter.label} in {folder}"
                    f" ({why or 'it could not be read back'}); each run of it loads Pyodide whole",
                    file=sys.stderr,
                )
                return None
            # Snapshots of this package made for other files, node or engine.
            for old in folder.glob(f"pyodide-{name}-*.snapshot"):
                if old != path:
                    with contextlib.suppress(OSError):
                        old.unlink()
            return kept

    def _make_snapshot(self, interpreter: Interpreter, kept: _Snapshot) -> str:
        """Make the snapshot in a sealed run of its own that runs no snippet
        and alone may write to the cache folder; why not ("" when made)."""
        import subprocess

        from . import sandbox
        from .environment import child_environment

        folder = str(kept.path.parent)
        argv = [
            "node",
            *NODE_FLAGS,
            f"{sandbox.ENGINE}/pyodide_child.mjs",
            "--make-snapshot",
            str(kept.path),
            "--key",
            kept.key,
            interpreter.executable,
        ]
        try:
            done = subprocess.run(
                sandbox.command(argv, self._folders(interpreter), [(folder, folder)]),
                capture_output=True,
                env=child_environment(),
                timeout=300,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return str(exc)
        if done.returncode != 0:
            tail = done.stderr.decode("utf-8", "replace").strip()[-500:]
            return f"status {done.returncode}: {tail}"
        return ""

    def child_argv(self) -> list[str]:
        return []

    def find(self, patterns: Iterable[str], root: Path) -> list[Interpreter | tuple[str, str]]:
        """Pyodide npm packages; what each is comes from its own package
        files, without starting it."""
        from .interpreters import Interpreter

        found: list[Interpreter | tuple[str, str]] = []
        for folder in matching(patterns, root):
            try:
                lock = json.loads(Path(folder, "pyodide-lock.json").read_text())["info"]
                package = json.loads(Path(folder, "package.json").read_text())
            except (OSError, KeyError, ValueError) as exc:
                found.append((folder, f"not a Pyodide package: {exc}"))
                continue
            if shutil.which("node") is None:
                found.append((folder, "node is not on PATH"))
                continue
            release = str(lock["python"])
            version = re.match(r"\d+\.\d+\.\d+", release)
            numbers = version.group(0) if version else release
            found.append(
                Interpreter(
                    label=self.label(numbers),
                    version=numbers,
                    release=release,
                    implementation="cpython",
                    platform=self.platform(package["version"], lock["arch"]),
                    executable=str(Path(folder).resolve()),
                    runtime=self,
                )
            )
        return found

    @staticmethod
    def platform(release: str, arch: str) -> str:
        """How a description names the platform: "Pyodide 314.0.7, wasm32"."""
        return f"Pyodide {release}, {arch}"

    def readable(self, interpreter: Interpreter) -> list[str]:
        kept = self.snapshot(interpreter)
        return self._folders(interpreter) + ([str(kept.path)] if kept else [])

    def _folders(self, interpreter: Interpreter) -> list[str]:
        # The npm folder it was installed in: Emscripten's sockets load the
        # "ws" package from beside it.
        return [os.path.dirname(interpreter.executable)]


# WebAssembly compiled by the baseline compiler only: a runtime restored
# from a snapshot compiles each function the first time it runs, and V8's
# optimizing tier then recompiles the hot ones (the interpreter's loop among
# them) on other threads, which costs more CPU than a snippet gains from it
# (about 0.4 s of a start's 1.0 s, measured in a sealed child).
NODE_FLAGS = ("--liftoff-only",)
# What a kept snapshot depends on, besides the header the child checks.
_SNAPSHOT_FORMAT = 1
_SNAPSHOT_MAGIC = b"snipcheck-pyodide-snapshot 1 "
_SNAPSHOT_LOCKS: dict[str, threading.Lock] = {}
# Snapshots read back whole in this process: path -> (size, mtime, inode).
_SNAPSHOT_CHECKED: dict[str, tuple[int, int, int]] = {}


def _snapshot_folder() -> Path:
    """The engine's cache folder (where interpreters.cache_file() keeps
    its probes)."""
    from .interpreters import cache_file

    return cache_file().parent


def file_mark(path: str, follow_symlinks: bool = True) -> list[object]:
    """What tells whether a file changed: its path, size, modification
    time and inode ([path, None] when it is missing).  The engine's caches
    (interpreter probes, Pyodide snapshots) are keyed by these."""
    try:
        status = os.stat(path, follow_symlinks=follow_symlinks)
    except OSError:
        return [path, None]
    return [path, status.st_size, status.st_mtime_ns, status.st_ino]


def _snapshot_key(folder: str) -> str | None:
    """Everything a snapshot of the Pyodide package in ``folder`` depends
    on: the package's files, node, this engine's child script and the
    environment the runtime gets; None when it is not a Pyodide package."""
    from . import sandbox
    from .environment import child_environment

    env = {**child_environment(), "HOME": sandbox.HOME}
    node = shutil.which("node", path=env["PATH"])
    try:
        files = sorted(e.path for e in os.scandir(folder) if e.is_file())
        if not node or os.path.join(folder, "pyodide.asm.wasm") not in files:
            return None
        script = Path(__file__).with_name("pyodide_child.mjs").read_bytes()
        return json.dumps(
            {
                "format": _SNAPSHOT_FORMAT,
                "files": [file_mark(f) for f in files],
                "node": file_mark(os.path.realpath(node)),
                "child": hashlib.sha256(script).hexdigest(),
                "flags": NODE_FLAGS,
                "env": env,
            },
            sort_keys=True,
        )
    except OSError:
        return None


@dataclass(frozen=True)
class _Snapshot:
    path: Path
    key: str

    def checked(self, quiet: bool = False) -> bool:
        """Is the file there, made for this key, whole and unchanged since?
        Read back whole once per process and file; a file that is there
        but fails is reported (unless ``quiet``) and made again."""
        try:
            status = self.path.stat()
        except OSError:
            return False
        seen = (status.st_size, status.st_mtime_ns, status.st_ino)
        if _SNAPSHOT_CHECKED.get(str(self.path)) == seen:
            return True
        why = _snapshot_problem(self.path.read_bytes(), self.key)
        if why:
            if not quiet:
                print(
                    f"snipcheck: the kept Pyodide snapshot {self.path} is not used ({why});"
                    " making it again",
                    file=sys.stderr,
                )
            return False
        _SNAPSHOT_CHECKED[str(self.path)] = seen
        return True


def _snapshot_problem(data: bytes, key: str) -> str:
    """Why a snapshot file's bytes cannot be used for ``key`` ("" if they
    can; the child checks node and the environment itself)."""
    first, newline, body = data.partition(b"\n")
    if not newline or not first.startswith(_SNAPSHOT_MAGIC):
        return "not a snapshot file"
    try:
        header = json.loads(first[len(_SNAPSHOT_MAGIC) :])
    except ValueError:
        return "its header is not JSON"
    if header.get("key") != key:
        return "made for other files, stale"
    if header.get("length") != len(body):
        return f"{len(body)} bytes, not {header.get('length')}"
    if header.get("sha256") != hashlib.sha256(body).hexdigest():
        return "its bytes do not match its sha256"
    return ""


NATIVE = Runtime(name="native", title="", suffix="", forks=True, grace=15.0, platform_variant=False)
# A Pyodide child may first have to start a new runtime, which takes seconds.
PYODIDE = _Pyodide(
    name="pyodide",
    title="Pyodide",
    suffix="-pyodide",
    forks=False,
    grace=120.0,
    platform_variant=True,
)


@dataclass(frozen=True)
class _History(Runtime):
    """CPython older than the versions a project supports, kept as evidence
    of history ("toreadonly() came in 3.8": 3.7 must lack it).  It runs only
    the snippets that ask for it, and its labels say "history"."""

    def find(self, patterns: Iterable[str], root: Path) -> list[Interpreter | tuple[str, str]]:
        from dataclasses import replace

        from .interpreters import probe_all

        found: list[Interpreter | tuple[str, str]] = []
        paths = matching(patterns, root)
        for path, result in zip(paths, probe_all(paths), strict=True):
            if isinstance(result, str):
                found.append((path, result))
            else:
                found.append(replace(result, label=self.label(result.version), runtime=self))
        return found


HISTORY = _History(
    name="history",
    title="History",
    suffix="-history",
    forks=True,
    grace=15.0,
    platform_variant=True,
    opt_in=True,
    warm=False,
)
ALL = (NATIVE, PYODIDE, HISTORY)


def named(kind: str) -> Runtime:
    """The runtime a configuration or snippet header names ("pyodide")."""
    for runtime in ALL:
        if runtime.name == kind:
            return runtime
    known = ", ".join(r.name for r in ALL)
    raise ValueError(f"unknown runtime {kind!r} (known: {known})")


def of_label(label: str) -> Runtime:
    """The runtime a label belongs to: ``3.14-pyodide`` -> PYODIDE."""
    for runtime in ALL:
        if runtime.suffix and label.endswith(runtime.suffix):
            return runtime
    return NATIVE


def version_key(label: str) -> tuple[int | str, ...]:
    """Sort "3.9" before "3.10", native CPython before platform variants
    ("3.15" before "3.14-pyodide"); anything after the version sorts by text."""
    head, _, tail = label.partition("-")
    variant = int(of_label(label).platform_variant)
    return (variant, *(int(p) if p.isdigit() else p for p in head.split(".")), tail)


def version_of(label: str) -> str:
    """``3.14-pyodide`` -> ``3.14``."""
    return label.removesuffix(of_label(label).suffix)
