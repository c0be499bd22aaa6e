"""Discover the target interpreters a snippet can be run on."""

from __future__ import annotations

import glob
import json
import os
import re
import subprocess
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import runtimes
from .config import Config
from .environment import child_environment
from .runtimes import NATIVE, Runtime, version_key

# Python 2.7 too (the history runtime): no sys.implementation, no base_prefix.
_PROBE = (
    "import json, platform, sys, sysconfig; print(json.dumps({"
    "'version': '%d.%d.%d' % sys.version_info[:3], "
    "'release': sys.version.split()[0], "
    "'implementation': platform.python_implementation().lower(), "
    "'platform': sysconfig.get_platform(), "
    "'prefixes': sorted(set(getattr(sys, n, sys.prefix) for n in "
    "('prefix', 'base_prefix', 'exec_prefix', 'base_exec_prefix'))), "
    "'base': getattr(sys, '_base_executable', sys.executable)}))"
)


@dataclass(frozen=True)
class Interpreter:
    """A target interpreter, identified by a short label such as ``3.12``."""

    label: str
    version: str  # "3.12.1"
    release: str  # "3.12.1" or "3.15.0rc1": what sys.version shows
    implementation: str
    platform: str
    executable: str
    # Where it is installed; masked in outputs (a traceback from inside the
    # standard library names these folders, which differ between machines).
    prefixes: tuple[str, ...] = ()
    # For Pyodide, ``executable`` is the folder of the pyodide npm package.
    runtime: Runtime = NATIVE
    # Which build this is, when the build says ("Debian 3.15.2-1"): see build_of.
    build: str = ""

    @property
    def version_info(self) -> tuple[int, ...]:
        return tuple(int(p) for p in self.version.split("."))

    @property
    def description(self) -> str:
        name = "CPython" if self.implementation == "cpython" else self.implementation
        build = f"{self.build}, " if self.build else ""
        return f"{name} {self.release} ({build}{self.platform})"


def build_of(base_executable: str) -> str:
    """What a build calls itself: the first line of a text file beside its
    executable named after it with ``.build`` added (``python3.15.build``:
    "Debian 3.15.2-1"), looked for under the executable's resolved path.
    Most builds have none, and say only their version and platform."""
    try:
        with open(os.path.realpath(base_executable) + ".build", encoding="utf-8") as f:
            return f.readline().strip()[:100]
    except (OSError, UnicodeDecodeError):
        return ""


@dataclass(frozen=True)
class Discovery:
    """What discovery found, and what it passed over and why."""

    found: list[Interpreter]
    passed_over: list[tuple[str, str]]  # (executable, reason)


def candidates(patterns: Iterable[str], root: Path, outside: Path | None = None) -> list[str]:
    """Executables to probe, most specific first, without duplicates (none
    under ``outside``)."""
    seen: dict[str, None] = {}
    explicit = os.environ.get("SNIPCHECK_INTERPRETERS")
    if explicit:
        sources: list[str] = [p for p in explicit.split(os.pathsep) if p]
    else:
        sources = []
        for pattern in patterns:
            sources += sorted(glob.glob(str(root / pattern)))
        for folder in os.environ.get("PATH", "").split(os.pathsep):
            sources += sorted(glob.glob(os.path.join(folder, "python3.[0-9]*")))
        pyenv = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
        sources += sorted(glob.glob(os.path.join(pyenv, "versions", "*", "bin", "python3")))
        uv = os.environ.get("UV_PYTHON_INSTALL_DIR") or os.path.expanduser(
            "~/.local/share/uv/python"
        )
        sources += sorted(glob.glob(os.path.join(uv, "cpython-*", "bin", "python3")))
    # pyenv's shims are shell scripts that fail unless their version is
    # selected; the real executables are found under versions/ instead.
    shims = os.path.join(os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv"), "shims")
    for path in sources:
        if os.path.dirname(os.path.abspath(path)) == shims:
            continue
        if outside and Path(os.path.abspath(path)).is_relative_to(outside.absolute()):
            continue
        if re.fullmatch(r"python3?(\.\d+)?", os.path.basename(path)):
            seen.setdefault(os.path.abspath(path), None)
    return list(seen)


def _fingerprint(executable: str) -> list[list[object]]:
    """What an executable's probe depends on: every link on the way to the
    real file, that file, a venv's pyvenv.cfg and a build's ``.build`` file,
    each by path, size, modification time and inode (missing ones as None)."""
    chain = runtimes.links(os.path.abspath(executable))
    real = os.path.realpath(executable)
    venv = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(executable))), "pyvenv.cfg")
    return [
        *(runtimes.file_mark(p, follow_symlinks=False) for p in chain),
        *(runtimes.file_mark(p) for p in (real, venv, real + ".build")),
    ]


def cache_file() -> Path:
    """Where probes are kept between runs: ``$SNIPCHECK_CACHE`` or
    ``${XDG_CACHE_HOME:-~/.cache}/snipcheck``, file ``interpreters.json``."""
    base = os.environ.get("SNIPCHECK_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "snipcheck"
    )
    return Path(base) / "interpreters.json"


class _ProbeCache:
    """What each executable said when probed, kept on disk with the
    fingerprint of the files it came from: an executable is probed again
    only when one of them changed (a new build, a venv made again).  Probes
    that failed are not kept, nor executables that no longer exist.  A
    cache that cannot be read or written is ignored; it is replaced whole
    (written beside and renamed), so two runs side by side never see half
    of one."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, object]] | None = None
        self._path: Path | None = None

    def _load(self) -> dict[str, dict[str, object]]:
        if self._entries is None or self._path != cache_file():
            self._path = cache_file()
            try:
                entries = json.loads(self._path.read_text(encoding="utf-8"))
                self._entries = entries if isinstance(entries, dict) else {}
            except (OSError, ValueError):
                self._entries = {}
        return self._entries

    def get(self, executable: str, marks: list[list[object]]) -> dict[str, object] | None:
        entry = self._load().get(os.path.abspath(executable))
        if isinstance(entry, dict) and entry.get("marks") == marks:
            info = entry.get("info")
            return info if isinstance(info, dict) else None
        return None

    def put(self, updates: dict[str, dict[str, object]]) -> None:
        if not updates:
            return
        entries = self._load()
        entries.update(updates)
        for gone in [path for path in entries if not os.path.exists(path)]:
            del entries[gone]
        path = cache_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f"{path.name}.{os.getpid()}.part")
            part.write_text(json.dumps(entries, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(part, path)
        except OSError:
            pass


_CACHE = _ProbeCache()


def _ask(executable: str) -> dict[str, object] | str:
    """Start an executable and ask what it is; a string says why it cannot be used."""
    try:
        done = subprocess.run(
            [executable, "-c", _PROBE],
            capture_output=True,
            text=True,
            timeout=20,
            env=child_environment(),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"could not start: {exc}"
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or [""])[0]
        return f"exited with status {done.returncode}: {first[:200]}"
    info: dict[str, object] = json.loads(done.stdout)
    info["build"] = build_of(str(info["base"]))
    return info


def probe_all(executables: list[str]) -> list[Interpreter | str]:
    """Each executable as an Interpreter, or why it is unusable: asked once
    and then remembered until its files change (see _ProbeCache)."""
    marks = {path: _fingerprint(path) for path in executables}
    known = {path: _CACHE.get(path, marks[path]) for path in executables}
    unknown = [path for path in executables if known[path] is None]
    with ThreadPoolExecutor(max_workers=8) as pool:
        asked = dict(zip(unknown, pool.map(_ask, unknown), strict=True))
    _CACHE.put(
        {
            os.path.abspath(path): {"marks": marks[path], "info": info}
            for path, info in asked.items()
            if isinstance(info, dict)
        }
    )
    results: list[Interpreter | str] = []
    for path in executables:
        info = known[path] or asked[path]
        results.append(info if isinstance(info, str) else _interpreter(path, info))
    return results


def probe(executable: str) -> Interpreter | str:
    """Ask an executable what it is; a string explains why it is unusable."""
    return probe_all([executable])[0]


def _interpreter(executable: str, info: dict[str, object]) -> Interpreter:
    version, prefixes = str(info["version"]), info["prefixes"]
    assert isinstance(prefixes, list)
    return Interpreter(
        label=NATIVE.label(version),
        version=version,
        release=str(info["release"]),
        implementation=str(info["implementation"]),
        platform=str(info["platform"]),
        executable=executable,
        prefixes=tuple(str(p) for p in prefixes),
        build=str(info["build"]),
    )


def discover(
    patterns: Iterable[str],
    root: Path,
    minimum: tuple[int, int],
    others: dict[str, tuple[str, ...]] | None = None,
    outside: Path | None = None,
) -> Discovery:
    """Probe every candidate; keep the newest patch release of each minor
    version (the first found among equals), then add what the other kinds
    of runtime (``others``: kind -> patterns, e.g. Pyodide) find."""
    paths = candidates(patterns, root, outside)
    results = probe_all(paths)
    extra: list[Interpreter | tuple[str, str]] = []
    for kind, kind_patterns in (others or {}).items():
        extra += runtimes.named(kind).find(kind_patterns, root)
    for item in extra:
        if isinstance(item, tuple):
            paths.append(item[0])
            results.append(item[1])
        else:
            paths.append(item.executable)
            results.append(item)
    found: dict[str, Interpreter] = {}
    passed: list[tuple[str, str]] = []
    for path, result in zip(paths, results, strict=True):
        if isinstance(result, str):
            passed.append((path, result))
        elif result.implementation != "cpython":
            passed.append((path, f"{result.implementation} is not CPython"))
        elif result.runtime is NATIVE and result.version_info[:2] < minimum:
            passed.append((path, f"{result.version} is older than the configured minimum"))
        elif result.label in found and found[result.label].version_info >= result.version_info:
            kept = found[result.label]
            passed.append((path, f"{kept.version} (at least as new) found at {kept.executable}"))
        else:
            if result.label in found:
                older = found[result.label]
                passed.append((older.executable, f"{result.version} found at {path} is newer"))
            found[result.label] = result
    ordered = sorted(found.values(), key=lambda i: version_key(i.label))
    return Discovery(ordered, passed)


def discover_configured(config: Config) -> Discovery:
    """Everything the project's configuration asks for, Pyodide included."""
    return discover(config.interpreters, config.root, config.minimum, config.runtimes)


def select(found: list[Interpreter], wanted: Iterable[str]) -> list[Interpreter]:
    """Narrow to the labels asked for (``3.12``); an empty request keeps all."""
    labels = set(wanted)
    return [i for i in found if not labels or i.label in labels]
