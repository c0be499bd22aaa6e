"""tools/cpython_history.py (`make history`), on a stand-in source tarball
served from 127.0.0.1: its `configure` writes a Makefile whose `altinstall`
installs a shell script answering as the pinned version.  The real build
(python.org's sources, a compiler) runs only in CI on GitHub."""

from __future__ import annotations

import functools
import hashlib
import http.server
import io
import subprocess
import sys
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "cpython_history.py"

CONFIGURE = """#!/bin/sh
prefix="${1#--prefix=}"
printf 'all:\\n\\ttrue\\naltinstall:\\n\\tmkdir -p %s/bin\\n\\tcp fake %s/bin/python2.7\\n' \\
    "$prefix" "$prefix" > Makefile
"""
FAKE = "#!/bin/sh\necho 2.7.18\n"


def tarball(version: str) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:xz") as archive:
        for name, text in (("configure", CONFIGURE), ("fake", FAKE)):
            data = text.encode()
            info = tarfile.TarInfo(f"Python-{version}/{name}")
            info.size, info.mode = len(data), 0o755
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """A folder laid out like python.org/ftp/python, served on 127.0.0.1."""
    folder = tmp_path / "ftp"
    (folder / "2.7.18").mkdir(parents=True)
    (folder / "2.7.18" / "Python-2.7.18.tar.xz").write_bytes(tarball("2.7.18"))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run(tmp_path: Path, base: str, sha: str, *minors: str) -> subprocess.CompletedProcess[str]:
    lock = tmp_path / "history.lock"
    lock.write_text(f"# a comment\n2.7.18 {sha}\n")
    options = ["--lock", str(lock), "--dest", str(tmp_path / "dest"), "--base-url", base]
    return subprocess.run(
        [sys.executable, str(TOOL), *options, *minors],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")},
        timeout=120,
    )


def test_it_downloads_checks_builds_and_installs_each_pinned_version(tmp_path, served):
    sha = hashlib.sha256(tarball("2.7.18")).hexdigest()
    done = run(tmp_path, served, sha)
    assert done.returncode == 0, done.stderr
    python = tmp_path / "dest" / "2.7.18" / "bin" / "python2.7"
    assert subprocess.run([python], capture_output=True, text=True).stdout == "2.7.18\n"
    cached = tmp_path / "cache" / "memoryview-docs" / "cpython-history" / "Python-2.7.18.tar.xz"
    assert cached.is_file()
    # Once built, it is left alone.
    again = run(tmp_path, served, sha, "2.7")
    assert again.returncode == 0 and "already built" in again.stdout


def test_a_tarball_that_does_not_match_the_lock_is_refused_and_removed(tmp_path, served):
    done = run(tmp_path, served, "0" * 64)
    assert done.returncode == 2
    assert "Python-2.7.18.tar.xz" in done.stderr and "does not match" in done.stderr
    assert "run `make history` again" in done.stderr
    assert not list((tmp_path / "cache").rglob("*.tar.xz"))
    assert not (tmp_path / "dest").exists()


def test_a_bad_lock_line_names_the_file_and_line(tmp_path, served):
    done = run(tmp_path, served, "not-a-hash")
    assert done.returncode == 2
    assert f"{tmp_path / 'history.lock'}:2: write `<X.Y.Z> <sha256>`" in done.stderr


def test_a_version_the_lock_does_not_pin_is_refused(tmp_path, served):
    done = run(tmp_path, served, "0" * 64, "3.9")
    assert done.returncode == 2 and "pins no CPython 3.9" in done.stderr
    assert not (tmp_path / "cache").exists()
