"""The repository holds only what it should.

- A snippet run as-is, the way the README invites (``python
  snippets/<topic>/<name>.py`` from any folder), leaves no file behind: not
  in the folder it runs in, not in ``$HOME``, not in the temporary folder,
  not in the repository.
- No tracked file is over 1 MB, and what the setup, the build and the tests
  generate inside the repository is ignored by git.

These tests look only at what they start and at paths they know are
generated, so unrelated work in the same tree does not make them fail.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from snipcheck import recording
from snipcheck.snippets import Snippet, find

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"

# Ways a snippet can make a file (or start something that might). The scan is
# broad on purpose: a snippet flagged for nothing costs one quick run, a
# writer it missed would go unchecked.
WRITES = re.compile(
    r"""
      \bopen\([^)]*["'][rbt]*[wax+][rwabxt+]*["']  # open(p, "wb"), p.open("r+b")
    | \.write_(?:bytes|text)\(
    | \.(?:touch|mkdir|symlink_to|hardlink_to|rename)\(
    | \bos\.(?:open|mkdir|makedirs|mkfifo|mknod|rename|replace|link|symlink|truncate)\(
    | \bO_(?:CREAT|WRONLY|RDWR|APPEND|TRUNC)\b
    | \bFileIO\(
    | \bmmap\b
    | \b(?:tempfile|shutil|subprocess|multiprocessing|shared_memory)\b
    | \b(?:sqlite3|dbm|shelve|zipfile|tarfile|logging)\b
    | \.(?:tofile|save|savez|savetxt)\(
    | \.bind\(
    """,
    re.VERBOSE,
)
# Snippets known to write files: if the scan stops finding one of them, the
# scan is broken, and the test below must not pass by running nothing.
KNOWN_WRITERS = {
    "howto/hash_file",
    "howto/read_array",
    "howto/read_chunks",
    "howto/read_exactly",
    "howto/read_file",
    "howto/share_mmap_with",
    "performance/reading",
    "versions/py314_os_readinto",
}
# Only a guard against a hang; no result depends on how long a run takes.
HANG = 600.0
# The interactive hook that site installs reads and writes ~/.python_history
# (a file of the REPL, written even for an empty session), so it is removed
# before the first line is read; everything the snippet itself does is kept.
NO_HISTORY = "del __import__('sys').__interactivehook__"

MAX_BYTES = 1_000_000

# What the setup, the build and the tests make inside the repository, each
# with a path it creates there. Folders are matched by name anywhere, files
# by their name.
GENERATED_FOLDERS = {
    "_build": "_build/html/index.html",
    ".venv": ".venv/bin/python",
    ".targets": ".targets/3.12/bin/python",
    ".interpreters": ".interpreters/debian-sid",
    "node_modules": "node_modules/pyodide-314/pyodide.mjs",
    ".wheelhouse": ".wheelhouse/pytest-9.2.0-py3-none-any.whl",
    "__pycache__": "engine/snipcheck/__pycache__/runner.cpython-311.pyc",
    ".pytest_cache": ".pytest_cache/v/cache/lastfailed",
    ".mypy_cache": ".mypy_cache/3.11/snipcheck/runner.meta.json",
    ".ruff_cache": ".ruff_cache/0.1.0/123456789",
    "snipcheck-*": "snipcheck-fresh-a1b2c3d4/steps.py",
    "tests/screenshots": "tests/screenshots/index-1280.png",
}
GENERATED_FILES = {
    "*.measured.tmp": "snippets/performance/reading.measured.tmp",
    "*.pyc": "tools/bench.cpython-311.pyc",
    ".snipcheck.lock": ".snipcheck.lock",
}


def git(*args: str, stdin: bytes = b"", check: bool = True) -> bytes:
    # --no-optional-locks: a status never takes the index lock, so these
    # tests cannot get in the way of someone committing in the same tree.
    done = subprocess.run(
        ["git", "--no-optional-locks", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
    )
    if check and done.returncode != 0:
        pytest.fail(f"git {' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    return done.stdout


def nul_separated(output: bytes) -> list[str]:
    return [os.fsdecode(item) for item in output.split(b"\0") if item]


# --- Running a snippet as-is leaves no file behind --------------------------


def writers() -> list[Snippet]:
    return [s for s in find(SNIPPETS) if WRITES.search(s.source)]


WRITERS = writers()


def test_the_scan_finds_every_snippet_known_to_write_files():
    found = {s.key for s in WRITERS}
    missed = sorted(KNOWN_WRITERS - found)
    assert not missed, f"the scan for writing snippets no longer finds {missed}"


@functools.cache
def importable(executable: str, module: str) -> bool:
    done = subprocess.run(
        [executable, "-c", f"import {module}"],
        capture_output=True,
        cwd=ROOT.anchor,
        env={"PATH": os.environ.get("PATH", os.defpath)},
    )
    return done.returncode == 0


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def repository_paths() -> set[str]:
    """Every untracked file and every ignored path that git reports (an
    ignored folder as one entry), so that a new one shows wherever it is."""
    status = git("status", "--porcelain", "-z", "--ignored=matching", "--untracked-files=all")
    return {entry[3:] for entry in nul_separated(status) if entry[:2] in ("??", "!!")}


def new_repository_paths(before: set[str]) -> list[str]:
    """Paths that appeared since ``before``. Outside snippets/, the folders
    that the build and the tests make (_build, caches, __pycache__) are left
    out: in a shared working tree someone else's `make test` makes them at
    any moment, and a snippet run as-is has no reason to."""
    return sorted(
        path
        for path in repository_paths() - before
        if path.startswith("snippets/") or not generated(path)
    )


def python_for(snippet: Snippet, request: pytest.FixtureRequest) -> tuple[str, int]:
    """The host's interpreter, or else a target interpreter (each has a venv
    with numpy) that can import what the snippet requires, and the exit
    status its recording says that version ends with; never a skip.  An
    interpreter whose recorded run ended with 0 is preferred: evidence for
    a claim holds only on some versions and fails, as recorded, on others."""
    host = f"{sys.version_info[0]}.{sys.version_info[1]}"
    candidates = [(sys.executable, host)]
    candidates += [(i.executable, i.label) for i in reversed(request.getfixturevalue("found"))]
    rec = recording.read(snippet.recording_path)
    recorded = {label: out.exit for label, out in rec.outputs.items()} if rec else {}
    usable = [
        (python, label)
        for python, label in candidates
        if all(importable(python, m) for m in snippet.requires)
    ]
    if not usable:
        needs = ", ".join(snippet.requires)
        pytest.fail(f"no interpreter found can import {needs} for {snippet.key}")
    for python, label in usable:
        if recorded.get(label, 0) == 0:
            return python, 0
    python, label = usable[0]
    return python, recorded[label]


@pytest.mark.parametrize("snippet", WRITERS, ids=lambda s: s.key)
def test_running_a_snippet_as_is_leaves_no_file_behind(
    snippet: Snippet, tmp_path: Path, request: pytest.FixtureRequest
):
    python, status = python_for(snippet, request)
    work, home, temp = tmp_path / "work", tmp_path / "home", tmp_path / "tmp"
    for folder in (work, home, temp):
        folder.mkdir()
    if snippet.mode == "session":  # typed into the interactive interpreter
        argv = [python, "-i", "-c", NO_HISTORY]
        stdin = snippet.stdin_text()
    else:  # a script, or a measurement in its small version
        argv = [python, str(snippet.path)]
        argv += ["--quick"] if snippet.mode == "measure" else []
        stdin = ""
    environment = {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": str(home),
        "TMPDIR": str(temp),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    before = repository_paths()
    done = subprocess.run(
        argv,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=work,
        env=environment,
        timeout=HANG,
    )
    left = {
        "its working folder": leftovers(work),
        "$HOME": leftovers(home),
        "$TMPDIR": leftovers(temp),
        "the repository": new_repository_paths(before),
    }
    output = done.stdout + done.stderr
    assert done.returncode == status, f"{snippet.key} exited with {done.returncode}:\n{output}"
    assert not any(left.values()), f"{snippet.key} left files behind: " + "; ".join(
        f"in {place}: {', '.join(paths)}" for place, paths in left.items() if paths
    )


# --- Guards -------------------------------------------------------------------


def test_no_tracked_file_is_over_1_mb():
    """Neither the file in the working tree nor what the index holds for it
    (what the next commit would record) may be over MAX_BYTES."""
    too_big: dict[str, int] = {}
    objects: dict[str, str] = {}  # object id in the index -> a path it is at
    for entry in nul_separated(git("ls-files", "-z", "--stage")):
        info, path = entry.split("\t", 1)
        mode, oid, _ = info.split()
        if mode != "160000":  # a submodule is a commit, not a file of ours
            objects[oid] = path
        try:
            size = (ROOT / path).lstat().st_size
        except FileNotFoundError:  # deleted in the working tree, not yet staged
            continue
        if size > MAX_BYTES:
            too_big[path] = size
    oids = "".join(f"{oid}\n" for oid in objects).encode()
    for line in git("cat-file", "--batch-check", stdin=oids).decode().splitlines():
        oid, kind, size = (*line.split(), "0")[:3]  # "<oid> missing" has no size
        if kind == "blob" and int(size) > MAX_BYTES:
            path = objects[oid]
            too_big[path] = max(int(size), too_big.get(path, 0))
    assert objects, "git ls-files listed no file"
    assert not too_big, (
        f"tracked files over {MAX_BYTES:,} bytes: {too_big}; a generated or data file "
        "belongs in .gitignore or in a temporary folder, not in the repository"
    )


def test_gitignore_covers_what_is_generated():
    examples = [*GENERATED_FOLDERS.values(), *GENERATED_FILES.values()]
    stdin = b"".join(os.fsencode(path) + b"\0" for path in examples)
    # --no-index: the rules are checked as written, whether or not such a
    # path exists or is tracked here.
    output = git("check-ignore", "--no-index", "--stdin", "-z", stdin=stdin, check=False)
    ignored = set(nul_separated(output))
    missing = [p for p in examples if p not in ignored]
    assert not missing, f".gitignore does not ignore {', '.join(missing)}"


def generated(path: str) -> bool:
    """Whether a path as git reports it (a folder ends in "/") is one that
    the setup, the build or the tests make."""
    parts = path.rstrip("/").split("/")
    folders, name = (parts, "") if path.endswith("/") else (parts[:-1], parts[-1])
    anywhere = [p for p in GENERATED_FOLDERS if "/" not in p]
    placed = [p for p in GENERATED_FOLDERS if "/" in p]
    return (
        any(fnmatch.fnmatchcase(folder, pattern) for folder in folders for pattern in anywhere)
        or any(path.startswith(p + "/") for p in placed)
        or any(fnmatch.fnmatchcase(name, pattern) for pattern in GENERATED_FILES)
    )


def test_the_generation_check_recognises_each_generated_path():
    examples = [*GENERATED_FOLDERS.values(), *GENERATED_FILES.values()]
    examples += ["_build/", "snippets/howto/__pycache__/", "tests/screenshots/"]
    assert [p for p in examples if not generated(p)] == []
    ours = ["snipcheck/runner.py", "docs/", "tests/test_site.py", "docs/snipcheck-intro.md"]
    assert [p for p in ours if generated(p)] == []


def test_no_generated_file_is_left_unignored():
    """What git reports as untracked and not ignored, right now, holds
    nothing that the setup, the build or the tests generate. Other untracked
    files (someone's work in progress) are not this test's business."""
    status = git("status", "--porcelain", "-z", "--untracked-files=all")
    untracked = [entry[3:] for entry in nul_separated(status) if entry.startswith("?? ")]
    exposed = sorted(p for p in untracked if generated(p))
    assert not exposed, f"generated but not ignored by git (add them to .gitignore): {exposed}"


def _pins(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    pairs = [line.split("==") for line in lines if line and not line.startswith(("#", "-r"))]
    assert all(len(pair) == 2 for pair in pairs), f"{path.name} pins something loosely: {pairs}"
    return {name.lower().replace("_", "-"): version for name, version in pairs}


def test_what_building_needs_is_pinned_as_the_tests_pin_it():
    """`make serve` installs requirements/site.txt alone, `make test` adds
    host.txt: one version of every package, whichever was installed first."""
    folder = ROOT / "requirements"
    site, host = _pins(folder / "site.txt"), _pins(folder / "host.txt")
    assert site and {name: host.get(name) for name in site} == site
    direct = {**_pins(folder / "site.in"), **_pins(folder / "host.in")}
    assert {name: host.get(name) for name in direct} == direct
    assert "-r site.in" in (folder / "host.in").read_text(encoding="utf-8").splitlines()
