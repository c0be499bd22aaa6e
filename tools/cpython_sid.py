"""Debian sid's CPython 3.13, 3.14 and 3.15 on an older Debian, without touching the system.

sid's packages need a newer glibc than this system's, so sid's own glibc is
unpacked beside them, and each interpreter is started through sid's dynamic
loader by a small launcher: ``<root>/usr/bin/python3.X`` is a shell script
running ``ld-linux-x86-64.so.2 --library-path <root>/usr/lib/x86_64-linux-gnu
--argv0 "$0" <root>/usr/bin/.python3.X-elf``. ``--argv0`` makes sys.executable
the path the interpreter was started by, so a venv made from a launcher works
and so does ``subprocess.run([sys.executable, ...])``.

``lock``     resolves the packages through a private apt configuration (sid's
             signed index, kept in a temporary folder) and writes
             requirements/cpython-sid.lock.
``install``  (the default) downloads the pinned .deb files into
             ``${XDG_CACHE_HOME:-~/.cache}/memoryview-docs/cpython-sid/debs/``,
             checks their size and SHA-256, unpacks them all into
             ``.../cpython-sid/roots/<hash of the lock and LAYOUT>/`` (made in a
             temporary sibling folder and renamed into place, so a root is
             there whole or not at all), writes the launchers, compiles the
             standard library to bytecode, checks that each starts and points
             ``.interpreters/debian-sid`` in the repository at the root.

Only the standard library and ``dpkg-deb`` (``apt-get`` too for ``lock``) are
needed. Errors are printed to stderr and end with exit status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import http.client
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
LOCK = REPOSITORY / "requirements" / "cpython-sid.lock"
LINK = REPOSITORY / ".interpreters" / "debian-sid"
MIRROR = "http://deb.debian.org/debian"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
MINORS = ("3.13", "3.14", "3.15")
PACKAGES = (
    *(
        name
        for minor in MINORS
        for name in (
            f"python{minor}",
            f"python{minor}-minimal",
            f"libpython{minor}-minimal",
            f"libpython{minor}-stdlib",
        )
    ),
    "python3-pip",
    "python3-wheel",
    "python3-packaging",
    "libc6",
    "libexpat1",
    "libzstd1",
    "zlib1g",
    "libssl3t64",
    "libffi8",
    "libbz2-1.0",
    "liblzma5",
    "libsqlite3-0",
    "libmpdec4",
    "libuuid1",
    "libncursesw6",
    "libtinfo6",
    "libreadline8t64",
    "libgcc-s1",
    "libcrypt1",
    "libgdbm6t64",
    "libdb5.3t64",
)
# Dependencies of the pinned packages that are deliberately not pinned: data
# and configuration the interpreters find on this system (MIME types, time
# zones, /etc/services, CA certificates, readline's inputrc), documentation
# (gcc-N-base), the python3 meta-package (pip runs from a launcher), and
# algorithms nothing here uses (glibc's extra character sets, OpenSSL's legacy
# provider).
UNPINNED = re.compile(
    r"media-types|mime-support|tzdata|netbase|ca-certificates|readline-common|gcc-\d+-base"
    r"|python3|libc-gconv-modules-extra|openssl-provider-legacy"
)
HEADER = f"""\
# Debian sid's CPython {", ".join(MINORS[:-1])} and {MINORS[-1]} and the libraries they run on \
(amd64).
# `make cpython` downloads these files from {MIRROR}/, checks their size and
# SHA-256 and unpacks them outside the repository (tools/cpython_sid.py install).
# Written from sid's signed index by `make cpython-lock` (tools/cpython_sid.py lock);
# do not edit by hand. sid keeps only current versions: when a pinned one is gone,
# run `make cpython-lock` again.
#
"""
COLUMNS = ("name", "version", "pool-filename", "size", "sha256")
LIBDIR = "usr/lib/x86_64-linux-gnu"
LOADER = f"{LIBDIR}/ld-linux-x86-64.so.2"
MARKER = ".cpython-sid-complete"
# What a root holds beyond the unpacked packages (launchers, bytecode); a new
# value makes a new root even when the lock is unchanged.
LAYOUT = b"launchers, .build files, bytecode compiled as dpkg's py3compile would\n"
CHECK = "import ctypes, _testbuffer, sys; print(sys.version)"
DOWNLOADS = 6
UNPACKS = min(4, os.cpu_count() or 1)
TIMEOUT = 60.0
INTERPRETER = re.compile(r"python3\.\d+")
SHA256 = re.compile(r"[0-9a-f]{64}")
POOL = re.compile(r"pool/[A-Za-z0-9+._/~-]+\.deb")


class Failure(Exception):
    """An error explained to the user: printed without a traceback, exit status 2."""


class Gone(Failure):
    """A pinned file the mirror no longer serves (HTTP 404)."""


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    filename: str
    size: int
    sha256: str

    @property
    def basename(self) -> str:
        return self.filename.rsplit("/", 1)[-1]

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


def say(*parts: object) -> None:
    print(*parts, flush=True)


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


# -- the lock file ------------------------------------------------------------------------------


def parse_lock(text: str, source: str = "requirements/cpython-sid.lock") -> list[Pin]:
    pins: list[Pin] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{source} line {number}"
        fields = line.split()
        if len(fields) != len(COLUMNS):
            raise Failure(
                f"{where}: expected {len(COLUMNS)} fields ({' '.join(COLUMNS)}), "
                f"found {len(fields)}: {line.strip()!r}"
            )
        name, version, filename, size, sha256 = fields
        if name in seen:
            raise Failure(f"{where}: {name} is pinned twice")
        if not POOL.fullmatch(filename) or ".." in filename.split("/"):
            raise Failure(f"{where}: {filename!r} is not a .deb file under pool/")
        if not size.isdigit():
            raise Failure(f"{where}: the size {size!r} is not a number of bytes")
        if not SHA256.fullmatch(sha256):
            raise Failure(f"{where}: {sha256!r} is not a SHA-256 (64 lowercase hex digits)")
        seen.add(name)
        pins.append(Pin(name, version, filename, int(size), sha256))
    if not pins:
        raise Failure(f"{source} pins no package; run `make cpython-lock`")
    if not interpreters(pins):
        raise Failure(f"{source} pins no python3.X package; run `make cpython-lock`")
    return pins


def format_lock(pins: Sequence[Pin]) -> str:
    rows = [(p.name, p.version, p.filename, str(p.size), p.sha256) for p in pins]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [
        " ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return HEADER + f"# {' '.join(COLUMNS)}\n" + "\n".join(lines) + "\n"


def interpreters(pins: Sequence[Pin]) -> list[Pin]:
    return [p for p in pins if INTERPRETER.fullmatch(p.name)]


# -- lock: resolve through a private apt configuration ------------------------------------------


def apt_options(state: Path) -> list[str]:
    """Options that make apt read and write only `state`, never the system's
    configuration of sources, preferences, lists or installed packages."""
    settings = {
        "Dir::State::Lists": state / "lists",
        "Dir::Etc::SourceList": state / "sources.list",
        "Dir::Etc::SourceParts": "/dev/null",
        "Dir::Etc::Preferences": "/dev/null",
        "Dir::Etc::PreferencesParts": "/dev/null",
        "Dir::Cache": state / "cache",
        "Dir::State::status": "/dev/null",
        "Debug::NoLocking": "1",
        "APT::Architecture": "amd64",
        "APT::Architectures::": "amd64",
        "Acquire::Languages": "none",
    }
    return [arg for key, value in settings.items() for arg in ("-o", f"{key}={value}")]


def stanzas(text: str) -> Iterator[dict[str, str]]:
    for block in text.split("\n\n"):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line[:1].isspace() and key:
                fields[key] += "\n" + line
            elif ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        if "Package" in fields:
            yield fields


def run(argv: list[str], what: str) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True)
    except FileNotFoundError:
        raise Failure(f"{argv[0]} was not found; {what} needs Debian's apt and dpkg") from None
    if done.returncode:
        raise Failure(
            f"{what} failed ({shlex.join(argv[:1])} exit {done.returncode}):\n"
            + (done.stderr or done.stdout).strip()
        )
    return done.stdout


def resolve(state: Path) -> tuple[list[Pin], list[str]]:
    """The pins for PACKAGES from sid's index, and notes on dependencies left out."""
    for folder in ("lists/partial", "cache/archives/partial"):
        (state / folder).mkdir(parents=True)
    (state / "sources.list").write_text(f"deb [signed-by={KEYRING}] {MIRROR} sid main\n")
    options = apt_options(state)
    run(["apt-get", *options, "--error-on=any", "update"], "reading sid's index")
    shown = run(
        ["apt-cache", *options, "show", "--no-all-versions", *PACKAGES], "reading sid's index"
    )
    found = {fields["Package"]: fields for fields in stanzas(shown)}
    missing = [name for name in PACKAGES if name not in found]
    if missing:
        raise Failure(f"Debian sid has no package {', '.join(missing)} (amd64) any more")
    pins = []
    for name in PACKAGES:
        fields = found[name]
        if fields.get("Architecture") not in ("amd64", "all"):
            raise Failure(f"sid's {name} is for {fields.get('Architecture')}, not amd64")
        pins.append(
            Pin(name, fields["Version"], fields["Filename"], int(fields["Size"]), fields["SHA256"])
        )
    provided = set(found)
    for fields in found.values():
        provided.update(p.split()[0] for p in fields.get("Provides", "").split(",") if p.strip())
    notes = []
    for name in PACKAGES:
        fields = found[name]
        depends = ",".join(fields.get(k, "") for k in ("Pre-Depends", "Depends"))
        for group in depends.split(","):
            names = [alt.split()[0].split(":")[0] for alt in group.split("|") if alt.strip()]
            if names and not any(n in provided or UNPINNED.fullmatch(n) for n in names):
                notes.append(f"{name} depends on {group.strip()}, which is not pinned")
    return pins, notes


def lock(path: Path = LOCK) -> None:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cpython-sid-apt-") as state:
        say(f"reading Debian sid's signed index from {MIRROR} (private apt state in {state})")
        pins, notes = resolve(Path(state))
    try:
        before = {p.name: p for p in parse_lock(path.read_text(), str(path))}
    except (OSError, Failure):
        before = {}
    for pin in pins:
        old = before.get(pin.name)
        if old and old.version != pin.version:
            say(f"  {pin.name}: {old.version} -> {pin.version}")
        elif not old:
            say(f"  {pin.name}: {pin.version} (new)")
    for note in notes:
        say(f"note: {note}; add it to PACKAGES in tools/cpython_sid.py if the interpreters need it")
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(format_lock(pins))
    os.replace(temporary, path)
    total = sum(p.size for p in pins)
    say(
        f"wrote {path.name}: {len(pins)} packages, {megabytes(total)}, "
        f"in {time.monotonic() - started:.1f} s"
    )


# -- install ------------------------------------------------------------------------------------


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base).absolute() / "memoryview-docs" / "cpython-sid"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def download(pin: Pin, debs: Path, base_url: str) -> int:
    """Fetch one pinned file into `debs` (unless it is there already, whole);
    the number of bytes downloaded."""
    target = debs / pin.basename
    if target.exists() and target.stat().st_size == pin.size and file_sha256(target) == pin.sha256:
        return 0
    url = f"{base_url.rstrip('/')}/{pin.filename}"
    fd, name = tempfile.mkstemp(prefix=f".{pin.basename}.", suffix=".part", dir=debs)
    partial = Path(name)
    try:
        size, actual = fetch(url, fd, pin)
        if size != pin.size or actual != pin.sha256:
            raise Failure(
                f"{pin.label}: the file downloaded from {url} does not match the lock\n"
                f"  expected sha256 {pin.sha256} ({pin.size} bytes)\n"
                f"  actual   sha256 {actual} ({size} bytes)\n"
                "The file was removed. Run `make cpython` again; if it happens again, "
                "something between here and the mirror (a proxy?) serves a different file."
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return size


# Each download thread keeps one connection per host: a connection per file
# costs a handshake each, and some networks stall bursts of new connections.
_connections = threading.local()


def connect(url: urllib.parse.SplitResult, proxy: str | None) -> http.client.HTTPConnection:
    kind = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    if not proxy:
        return kind(url.hostname or "", url.port, timeout=TIMEOUT)
    via = urllib.parse.urlsplit(proxy if "//" in proxy else f"//{proxy}")
    if url.scheme == "http":  # asked for by its full URL
        return http.client.HTTPConnection(via.hostname or "", via.port, timeout=TIMEOUT)
    connection = kind(via.hostname or "", via.port, timeout=TIMEOUT)
    connection.set_tunnel(url.hostname or "", url.port)
    return connection


def request(url: str) -> http.client.HTTPResponse:
    """GET `url` over this thread's connection to its host (or to the proxy
    that http_proxy, https_proxy and no_proxy name for it)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise OSError(f"cannot download a {parts.scheme}: URL")
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and urllib.request.proxy_bypass(parts.hostname or ""):
        proxy = None
    pool: dict[tuple[str, str, str | None], http.client.HTTPConnection]
    pool = _connections.__dict__.setdefault("pool", {})
    key = (parts.scheme, parts.netloc, proxy)
    target = (
        url
        if proxy and parts.scheme == "http"
        else urllib.parse.urlunsplit(("", "", parts.path, parts.query, ""))
    )
    while True:
        reused = key in pool
        connection = pool.get(key) or pool.setdefault(key, connect(parts, proxy))
        try:
            connection.request("GET", target, headers={"User-Agent": "cpython_sid.py"})
            return connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # A kept connection the server had closed: one new try.
            connection.close()
            del pool[key]
            if not reused:
                raise


def fetch(url: str, fd: int, pin: Pin) -> tuple[int, str]:
    """Write what `url` serves to `fd`, following redirects; its size and SHA-256."""
    digest = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            for _ in range(5):
                response = request(url)
                location = response.getheader("Location")
                if response.status in (301, 302, 303, 307, 308) and location:
                    response.read()
                    url = urllib.parse.urljoin(url, location)
                    continue
                break
            if response.status == 404:
                response.read()
                raise Gone(f"{pin.label} is no longer served by Debian sid ({url}: HTTP 404)")
            if response.status != 200:
                response.read()
                raise Failure(
                    f"could not download {pin.label} from {url}: HTTP {response.status} "
                    f"{response.reason}; try again later, the mirror may be busy"
                )
            while chunk := response.read(1 << 16):
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
    except (OSError, http.client.HTTPException) as error:  # refused, timed out, cut short
        raise Failure(
            f"could not download {pin.label} from {url}: {str(error) or type(error).__name__}; "
            "check the network connection (and http_proxy, if this machine needs a proxy), "
            "then run `make cpython` again"
        ) from None
    return size, digest.hexdigest()


def download_all(pins: Sequence[Pin], debs: Path, base_url: str) -> int:
    debs.mkdir(parents=True, exist_ok=True)
    errors: list[Failure] = []
    total = 0
    with ThreadPoolExecutor(DOWNLOADS) as pool:
        futures = [pool.submit(download, pin, debs, base_url) for pin in pins]
        for future in futures:
            try:
                total += future.result()
            except Failure as error:
                errors.append(error)
    gone = [e for e in errors if isinstance(e, Gone)]
    if errors:
        message = "\n".join(str(e) for e in errors)
        if gone:
            message += (
                "\nDebian sid has moved on: its pool keeps only current versions, and the "
                "pinned one is gone.\nTo go on, run `make cpython-lock` to pin what sid has "
                "now, then `make verify` to see which recorded outputs changed and "
                "`make record` to accept them."
            )
        raise Failure(message)
    return total


def launcher(root: Path, minor: str) -> str:
    def q(relative: str) -> str:
        return shlex.quote(f"{root}/{relative}")

    return (
        "#!/bin/sh\n"
        f"# Debian sid's python{minor} needs a newer glibc than this system's: run it with "
        "sid's own loader and libraries; --argv0 makes sys.executable this file.\n"
        f'exec {q(LOADER)} --library-path {q(LIBDIR)} --argv0 "$0" '
        f'{q(f"usr/bin/.python{minor}-elf")} "$@"\n'
    )


def check(argv: list[str], name: str) -> str:
    """Run an interpreter once with CHECK; the version it prints."""
    try:
        done = subprocess.run(
            [*argv, "-I", "-c", CHECK], capture_output=True, text=True, timeout=TIMEOUT
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise Failure(f"{name} does not start: {error}") from None
    if done.returncode:
        output = (done.stderr or done.stdout).strip()
        raise Failure(f"{name} does not start (exit {done.returncode}):\n{output}")
    return done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""


def build(pins: Sequence[Pin], debs: Path, work: Path, root: Path, key: str) -> None:
    """Unpack into `work`, laid out to be renamed to `root`, and check it."""
    if shutil.which("dpkg-deb") is None:
        raise Failure("dpkg-deb was not found; it comes with Debian's dpkg package")

    def unpack(pin: Pin) -> None:
        argv = ["dpkg-deb", "-x", str(debs / pin.basename), str(work)]
        done = subprocess.run(argv, capture_output=True, text=True)
        if done.returncode:
            raise Failure(f"could not unpack {pin.label}:\n{done.stderr.strip()}")

    # Side by side: installable together, the packages share no file, only folders.
    with ThreadPoolExecutor(UNPACKS) as pool:
        list(pool.map(unpack, sorted(pins, key=lambda pin: -pin.size)))
    checks = []
    for pin in interpreters(pins):
        minor = pin.name.removeprefix("python")
        binary = work / "usr" / "bin" / pin.name
        if not binary.is_file():
            raise Failure(f"{pin.label} has no usr/bin/{pin.name}")
        elf = binary.with_name(f".{pin.name}-elf")
        binary.rename(elf)
        binary.write_text(launcher(root, minor))
        binary.chmod(0o755)
        binary.with_name(f"{pin.name}.build").write_text(f"Debian {pin.version}\n")
        # The launcher names the final root; start the unpacked tree the same way.
        loader = [str(work / LOADER), "--library-path", str(work / LIBDIR)]
        checks.append(([*loader, "--argv0", str(binary), str(elf)], f"{pin.name} (unpacked)"))
    with ThreadPoolExecutor(len(checks)) as pool:
        list(pool.map(lambda argv_name: check(*argv_name), checks))
    for argv, name in checks:
        compile_bytecode(argv, name, work, root)
    (work / MARKER).write_text(key + "\n")


def compile_bytecode(argv: list[str], name: str, work: Path, root: Path) -> None:
    """Compile the standard library and dist-packages to bytecode, as
    installing the packages would (their postinst runs py3compile); without
    it every run compiles each module it imports from source again.  The
    files record the final root's paths."""
    minor = name.split()[0].removeprefix("python")
    folders = [work / "usr" / "lib" / f"python{minor}", work / "usr" / "lib" / "python3"]
    started = time.monotonic()
    command = [*argv, "-I", "-m", "compileall", "-q", "-j", "0", "-s", str(work), "-p", str(root)]
    done = subprocess.run(
        [*command, *map(str, folders)], capture_output=True, text=True, timeout=600
    )
    # compileall also reports files it cannot compile (Debian ships a few test
    # files with deliberate syntax errors); those fail at import as they would.
    if done.returncode not in (0, 1):
        raise Failure(f"compiling {name}'s standard library failed:\n{done.stderr.strip()}")
    say(f"  compiled {name.split()[0]}'s standard library in {time.monotonic() - started:.1f} s")


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (other sessions wait; a crashed one
    leaves the lock free)."""
    with path.open("a") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say(f"waiting for another session setting up {path.with_suffix('')}")
            fcntl.flock(f, fcntl.LOCK_EX)
        yield


def make_root(pins: Sequence[Pin], cache: Path, key: str, base_url: str) -> Path:
    roots = cache / "roots"
    root = roots / key
    if (root / MARKER).is_file():
        say(f"  already set up in {root}")
        return root
    roots.mkdir(parents=True, exist_ok=True)
    with exclusive(roots / f"{key}.lock"):
        if (root / MARKER).is_file():  # made by the session this one waited for
            say(f"  set up by the other session in {root}")
            return root
        # Only the holder of the lock makes folders for this key, so any found
        # now were left by a session that was stopped.
        for stale in roots.glob(f".{key}.*"):
            shutil.rmtree(stale, ignore_errors=True)
        total = sum(p.size for p in pins)
        say(f"downloading {len(pins)} packages ({megabytes(total)}) from {base_url}")
        started = time.monotonic()
        fetched = download_all(pins, cache / "debs", base_url)
        say(
            f"  {megabytes(fetched)} downloaded, {megabytes(total - fetched)} already cached, "
            f"in {time.monotonic() - started:.1f} s"
        )
        started = time.monotonic()
        work = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=roots))
        try:
            build(pins, cache / "debs", work, root, key)
            if root.exists():  # not ours: it has no marker
                aside = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=roots))
                root.rename(aside / "old")
                shutil.rmtree(aside)
            work.rename(root)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink())
        say(f"  unpacked into {root} ({megabytes(size)}) in {time.monotonic() - started:.1f} s")
    return root


def point(link: Path, root: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() and os.readlink(link) == str(root):
        return
    temporary = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(root)
    os.replace(temporary, link)


def root_key(lock: bytes) -> str:
    """The name of the root made from this lock file (and this LAYOUT)."""
    return hashlib.sha256(lock + LAYOUT).hexdigest()[:12]


def install(
    lock_path: Path = LOCK,
    cache: Path | None = None,
    link: Path | None = LINK,
    base_url: str = MIRROR,
) -> Path:
    started = time.monotonic()
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        raise Failure("Debian's amd64 packages run on x86_64 Linux only")
    try:
        content = lock_path.read_bytes()
    except OSError as error:
        raise Failure(
            f"cannot read {lock_path}: {error.strerror}; run `make cpython-lock`"
        ) from None
    try:
        text = content.decode()
    except UnicodeDecodeError as error:
        raise Failure(f"{lock_path} is not UTF-8 text ({error}); run `make cpython-lock`") from None
    pins = parse_lock(text, str(lock_path))
    key = root_key(content)
    cache = (cache or cache_folder()).absolute()
    if ":" in str(cache):
        raise Failure(f"the cache folder {cache} has a ':' in its path, which ld.so cannot take")
    root = make_root(pins, cache, key, base_url)
    found = interpreters(pins)
    with ThreadPoolExecutor(len(found)) as pool:
        launchers = [root / "usr" / "bin" / p.name for p in found]
        versions = list(pool.map(lambda path: check([str(path)], str(path)), launchers))
    for pin, version in zip(found, versions, strict=True):
        say(f"  {pin.name}: {version} (Debian {pin.version})")
    if link is not None:
        point(link, root)
        say(f"  {link.relative_to(link.parent.parent)} -> {root}")
    say(f"Debian sid's CPython is ready in {time.monotonic() - started:.1f} s")
    return root


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", default="install", choices=("install", "lock"))
    parser.add_argument("--lock", type=Path, default=LOCK, help="the lock file (%(default)s)")
    args = parser.parse_args(argv)
    try:
        if args.command == "lock":
            lock(args.lock)
        else:
            install(args.lock, link=LINK, base_url=MIRROR)
    except Failure as error:
        print(f"cpython_sid.py {args.command}: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # a folder that cannot be written, a disk that is full
        print(f"cpython_sid.py {args.command}: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
