"""tools/cpython_sid.py, without the network: small .deb files built here with
dpkg-deb stand in for Debian's, served by an http.server on 127.0.0.1.

The fake libc6 holds a shell script where sid's dynamic loader would be, and
the fake python3.15 a script where the interpreter would be, so the launchers
the tool writes run as they would with the real packages.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import http.server
import importlib.util
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cpython_sid", ROOT / "tools" / "cpython_sid.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = load_tool()

# Stands in for ld-linux-x86-64.so.2: checks the arguments the launcher gives
# it and runs the "interpreter" with the argv0 it was given.
LOADER = """\
#!/bin/sh
[ "$1" = --library-path ] && [ "$3" = --argv0 ] || { echo "bad loader arguments: $*" >&2; exit 9; }
FAKE_ARGV0=$4
export FAKE_ARGV0
shift 4
exec "$@"
"""
PYTHON = """\
#!/bin/sh
echo "3.15.2 (fake) argv0=$FAKE_ARGV0"
"""
PACKAGES = {
    "libc6": ("2.43-7", {"usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2": LOADER}),
    "python3.15": ("3.15.2-1", {"usr/bin/python3.15": PYTHON}),
    "python3-pip": ("26.2.2+dfsg-1", {"usr/lib/python3/dist-packages/pip/__init__.py": ""}),
}


def build_deb(folder: Path, name: str, version: str, files: dict[str, str]) -> Path:
    tree = folder / f"{name}-tree"
    (tree / "DEBIAN").mkdir(parents=True)
    (tree / "DEBIAN" / "control").write_text(
        f"Package: {name}\nVersion: {version}\nArchitecture: amd64\n"
        "Maintainer: Nobody <nobody@example.org>\nDescription: a test package\n"
    )
    for path, text in files.items():
        target = tree / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        target.chmod(0o755)
    deb = folder / f"{name}_{version.replace(':', '%3a')}_amd64.deb"
    argv = ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(tree), str(deb)]
    subprocess.run(argv, check=True, capture_output=True)
    shutil.rmtree(tree)
    return deb


class Server(http.server.ThreadingHTTPServer):
    requests: list[str]


class Handler(http.server.SimpleHTTPRequestHandler):
    server: Server

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.server.requests.append(self.path)

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Mirror:
    """A fake Debian mirror, the lock that pins what it serves, and where the
    tool caches and links."""

    url: str
    folder: Path
    requests: list[str]
    lock: Path
    cache: Path
    link: Path

    def pins(self) -> list[Any]:
        return list(tool.parse_lock(self.lock.read_text()))

    def served(self, name: str) -> Path:
        (pin,) = [p for p in self.pins() if p.name == name]
        return self.folder / str(pin.filename)

    def install(self) -> Path:
        root: Path = tool.install(self.lock, cache=self.cache, link=self.link, base_url=self.url)
        return root

    @property
    def roots(self) -> Path:
        return self.cache / "roots"

    def downloads(self) -> list[str]:
        return [path for path in self.requests if path.endswith(".deb")]


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Mirror]:
    # The tool needs dpkg-deb as much as these tests do (`make cpython` is part
    # of the setup), so a machine without it fails here rather than skipping.
    if shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb was not found; it comes with Debian's dpkg package")
    for name in list(tool.os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    www = tmp_path / "www"
    folder = www / "debian"
    pins = []
    for name, (version, files) in PACKAGES.items():
        pool = folder / "pool" / "main" / name[0] / name
        pool.mkdir(parents=True)
        deb = build_deb(pool, name, version, files)
        data = deb.read_bytes()
        filename = deb.relative_to(folder).as_posix()
        pins.append(tool.Pin(name, version, filename, len(data), hashlib.sha256(data).hexdigest()))
    lock = tmp_path / "cpython-sid.lock"
    lock.write_text(tool.format_lock(pins))
    server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(www)))
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield Mirror(
            url=f"http://127.0.0.1:{server.server_port}/debian",
            folder=folder,
            requests=server.requests,
            lock=lock,
            cache=tmp_path / "cache",
            link=tmp_path / "repo" / ".interpreters" / "debian-sid",
        )
    finally:
        server.shutdown()
        server.server_close()


def test_install_makes_a_root_with_launchers_and_links_it(mirror: Mirror) -> None:
    root = mirror.install()
    assert root.parent == mirror.roots
    assert root.name == tool.root_key(mirror.lock.read_bytes())
    bin = root / "usr" / "bin"
    assert (bin / ".python3.15-elf").read_text() == PYTHON
    launcher = (bin / "python3.15").read_text()
    assert launcher.startswith("#!/bin/sh\n# ")
    assert '--argv0 "$0"' in launcher
    assert (bin / "python3.15").stat().st_mode & 0o111
    assert (bin / "python3.15.build").read_text() == "Debian 3.15.2-1\n"
    assert (root / "usr/lib/python3/dist-packages/pip/__init__.py").is_file()
    assert mirror.link.is_symlink() and mirror.link.resolve() == root.resolve()
    assert sorted(mirror.downloads()) == sorted(f"/debian/{p.filename}" for p in mirror.pins())
    # Started by another path (the link, as a venv's bin/python would be),
    # the interpreter is told that path.
    through_link = mirror.link / "usr" / "bin" / "python3.15"
    done = subprocess.run([str(through_link)], capture_output=True, text=True, check=True)
    assert done.stdout == f"3.15.2 (fake) argv0={through_link}\n"


def test_a_second_install_downloads_nothing(
    mirror: Mirror, capsys: pytest.CaptureFixture[str]
) -> None:
    root = mirror.install()
    made = (root / tool.MARKER).stat().st_mtime_ns
    downloads = len(mirror.downloads())
    capsys.readouterr()
    assert mirror.install() == root
    assert len(mirror.downloads()) == downloads
    assert (root / tool.MARKER).stat().st_mtime_ns == made
    out = capsys.readouterr().out
    assert "already set up" in out and "downloading" not in out


def test_a_removed_root_is_remade_from_the_cached_files(mirror: Mirror) -> None:
    root = mirror.install()
    downloads = len(mirror.downloads())
    shutil.rmtree(root)
    # A cached file that is not what the lock pins is fetched again.
    broken = mirror.cache / "debs" / Path(mirror.pins()[0].filename).name
    broken.write_bytes(b"not a deb")
    assert mirror.install() == root
    assert (root / tool.MARKER).is_file()
    assert len(mirror.downloads()) == downloads + 1


def test_a_hash_mismatch_removes_the_file_and_unpacks_nothing(mirror: Mirror) -> None:
    served = mirror.served("python3.15")
    data = bytearray(served.read_bytes())
    data[-1] ^= 0xFF  # same size, different content
    served.write_bytes(bytes(data))
    (pin,) = [p for p in mirror.pins() if p.name == "python3.15"]
    with pytest.raises(tool.Failure) as failure:
        mirror.install()
    message = str(failure.value)
    assert "python3.15 3.15.2-1" in message
    assert f"expected sha256 {pin.sha256}" in message
    assert f"actual   sha256 {hashlib.sha256(data).hexdigest()}" in message
    assert "removed" in message
    debs = sorted(path.name for path in (mirror.cache / "debs").iterdir())
    assert pin.basename not in debs
    assert not [name for name in debs if name.endswith(".part")]
    assert sorted(path.name for path in mirror.roots.iterdir()) == [
        f"{tool.root_key(mirror.lock.read_bytes())}.lock"
    ]
    assert not mirror.link.exists() and not mirror.link.is_symlink()


def test_a_package_sid_no_longer_serves_says_what_to_do(
    mirror: Mirror,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mirror.served("python3.15").unlink()
    monkeypatch.setattr(tool, "MIRROR", mirror.url)
    monkeypatch.setattr(tool, "LINK", mirror.link)
    monkeypatch.setenv("XDG_CACHE_HOME", str(mirror.cache.parent / "xdg"))
    assert tool.main(["install", "--lock", str(mirror.lock)]) == 2
    err = capsys.readouterr().err
    assert "python3.15 3.15.2-1 is no longer served by Debian sid" in err
    assert "HTTP 404" in err
    assert "moved on" in err
    for command in ("make cpython-lock", "make verify", "make record"):
        assert command in err
    assert "Traceback" not in err
    roots = mirror.cache.parent / "xdg" / "memoryview-docs" / "cpython-sid" / "roots"
    assert [path.suffix for path in roots.iterdir()] == [".lock"]


def test_a_network_error_names_the_url(mirror: Mirror) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    url = f"http://127.0.0.1:{port}/debian"
    with pytest.raises(tool.Failure) as failure:
        tool.install(mirror.lock, cache=mirror.cache, link=mirror.link, base_url=url)
    message = str(failure.value)
    assert f"{url}/pool/main/" in message
    assert "check the network connection" in message
    assert "make cpython" in message


def test_the_root_appears_only_whole(mirror: Mirror, monkeypatch: pytest.MonkeyPatch) -> None:
    key = tool.root_key(mirror.lock.read_bytes())
    root = mirror.roots / key
    seen = []
    rename = Path.rename

    def watched(self: Path, target: str | Path) -> Path:
        if Path(target) == root:
            assert not root.exists()
            seen.append(
                (
                    self.parent,
                    (self / tool.MARKER).is_file(),
                    (self / "usr/bin/python3.15").is_file(),
                )
            )
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", watched)
    mirror.install()
    # Made in a sibling folder, complete, then renamed into place in one step.
    assert seen == [(mirror.roots, True, True)]


def test_a_failed_unpack_leaves_no_root_and_no_temporary_folder(mirror: Mirror) -> None:
    # A file the lock pins, hash and all, that is not a .deb.
    served = mirror.served("python3-pip")
    served.write_bytes(b"not a deb")
    pins = [
        tool.Pin(p.name, p.version, p.filename, 9, hashlib.sha256(b"not a deb").hexdigest())
        if p.name == "python3-pip"
        else p
        for p in mirror.pins()
    ]
    mirror.lock.write_text(tool.format_lock(pins))
    with pytest.raises(tool.Failure, match="could not unpack python3-pip"):
        mirror.install()
    assert [path.suffix for path in mirror.roots.iterdir()] == [".lock"]


def test_leftovers_of_a_stopped_session_are_cleared(mirror: Mirror) -> None:
    key = tool.root_key(mirror.lock.read_bytes())
    mirror.roots.mkdir(parents=True)
    stale = mirror.roots / f".{key}.stopped"
    (stale / "usr").mkdir(parents=True)
    # A root without its completion marker is not trusted: it is remade.
    unfinished = mirror.roots / key
    (unfinished / "half").mkdir(parents=True)
    mirror.install()
    assert not stale.exists()
    assert not (unfinished / "half").exists()
    assert (unfinished / tool.MARKER).is_file()
    assert sorted(path.name for path in mirror.roots.iterdir()) == [key, f"{key}.lock"]


def test_a_session_that_waited_uses_the_root_the_other_made(
    mirror: Mirror, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tool.exclusive

    @contextlib.contextmanager
    def other_session_first(path: Path) -> Iterator[None]:
        # While this session waits for the lock, another one makes the root.
        monkeypatch.setattr(tool, "exclusive", real)
        tool.install(mirror.lock, cache=mirror.cache, link=None, base_url=mirror.url)
        with real(path):
            yield

    monkeypatch.setattr(tool, "exclusive", other_session_first)
    root = mirror.install()
    assert len(mirror.downloads()) == len(mirror.pins())  # once, by the other session
    assert "set up by the other session" in capsys.readouterr().out
    assert mirror.link.resolve() == root.resolve()


def test_the_lock_is_held_while_a_root_is_made(
    mirror: Mirror, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = []
    build = tool.build

    def watched(*args: object) -> None:
        key = args[-1]
        with open(mirror.roots / f"{key}.lock") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                held.append(True)
        build(*args)

    monkeypatch.setattr(tool, "build", watched)
    mirror.install()
    assert held == [True]


def test_the_link_is_replaced(mirror: Mirror) -> None:
    mirror.link.parent.mkdir(parents=True)
    mirror.link.symlink_to("/nonexistent/old-root")
    root = mirror.install()
    assert mirror.link.resolve() == root.resolve()
    assert [p.name for p in mirror.link.parent.iterdir()] == ["debian-sid"]


SHA = "0" * 64
FILE = "pool/main/p/python3.15/python3.15_3.15.2-1_amd64.deb"


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        (f"python3.15 3.15.2-1 {FILE} 12", "expected 5 fields"),
        (f"python3.15 3.15.2-1 {FILE} 12 {SHA} extra", "expected 5 fields"),
        (f"python3.15 3.15.2-1 {FILE} 12kB {SHA}", "size '12kB' is not a number"),
        (f"python3.15 3.15.2-1 {FILE} 12 {SHA[:-1]}", "is not a SHA-256"),
        (f"python3.15 3.15.2-1 {FILE} 12 {SHA.upper().replace('0', 'A')}", "is not a SHA-256"),
        (f"python3.15 3.15.2-1 /etc/passwd 12 {SHA}", "is not a .deb file under pool/"),
        (f"python3.15 3.15.2-1 pool/../../x.deb 12 {SHA}", "is not a .deb file under pool/"),
        (f"python3.15 3.15.2-1 {FILE} 12 {SHA}\npython3.15 3.15.2-1 {FILE} 12 {SHA}", "twice"),
    ],
)
def test_a_bad_lock_line_is_named(line: str, complaint: str) -> None:
    text = f"# header\n\n{line}\n"
    number = 3 if "twice" not in complaint else 4
    with pytest.raises(tool.Failure) as failure:
        tool.parse_lock(text, "the.lock")
    message = str(failure.value)
    assert message.startswith(f"the.lock line {number}: ")
    assert complaint in message


def test_a_lock_without_packages_or_without_python_is_refused() -> None:
    with pytest.raises(tool.Failure, match="pins no package"):
        tool.parse_lock("# only comments\n", "the.lock")
    with pytest.raises(tool.Failure, match=r"pins no python3\.X package"):
        tool.parse_lock(f"libc6 2.43-7 pool/main/g/glibc/libc6_2.43-7_amd64.deb 1 {SHA}\n")


def test_the_command_line_reports_a_bad_lock_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = tmp_path / "cpython-sid.lock"
    lock.write_text(f"# header\npython3.15 3.15.2-1 {FILE} twelve {SHA}\n")
    assert tool.main(["install", "--lock", str(lock)]) == 2
    err = capsys.readouterr().err
    assert f"{lock} line 2: the size 'twelve' is not a number of bytes" in err
    assert "Traceback" not in err


def test_the_lock_written_is_read_back_the_same() -> None:
    pins = [
        tool.Pin("python3.15", "3.15.2-1", FILE, 944972, SHA),
        tool.Pin("zlib1g", "1:1.3.dfsg+really1.3.2-4", "pool/main/z/zlib/z.deb", 92424, "f" * 64),
    ]
    text = tool.format_lock(pins)
    assert text.startswith("# ")
    assert tool.parse_lock(text) == pins


def test_the_committed_lock_is_well_formed() -> None:
    pins = tool.parse_lock((ROOT / "requirements" / "cpython-sid.lock").read_text())
    assert sorted(p.name for p in pins) == sorted(tool.PACKAGES)
    assert (ROOT / "requirements" / "cpython-sid.lock").read_text() == tool.format_lock(pins)


def test_apt_stanzas_are_read_with_their_continuation_lines() -> None:
    text = (
        "Package: a\nVersion: 1\nDescription: one\n more\n\n"
        "Package: b\nDepends: c (>= 1) | d, e:any\n"
    )
    assert list(tool.stanzas(text)) == [
        {"Package": "a", "Version": "1", "Description": "one\n more"},
        {"Package": "b", "Depends": "c (>= 1) | d, e:any"},
    ]
