"""`make history`: CPython 2.7, 3.6 and 3.7 built from python.org's sources.

The history scripts ("# also-on: history") run on these three old versions
as evidence of what they lacked.  This kind of machine has them from pyenv;
GitHub's runners have none of them (setup-python offers 3.7 only on older
Ubuntu images, 3.6 on none that still runs, 2.7 nowhere), so CI builds them.

For each line of requirements/cpython-history.lock (``<version> <sha256>``)
(or only those whose minor version is named: ``make history HISTORY=2.7``)
this downloads ``Python-<version>.tar.xz`` into
``${XDG_CACHE_HOME:-~/.cache}/memoryview-docs/cpython-history/``, checks its
SHA-256, and builds and installs it under ``.interpreters/history/<version>``
(``configure --prefix``, ``make``, ``make altinstall``: ``bin/python2.7``,
``bin/python3.6``, ...).  A version already installed there and starting is
left alone.  Modules the build machine lacks the libraries for (ssl on a
system with OpenSSL 3, for example) are left out: the history scripts use
none of them.  Errors go to stderr and end with exit status 2.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from cpython_sid import file_sha256  # tools/ is the script's folder, on sys.path

REPOSITORY = Path(__file__).resolve().parents[1]
LOCK = REPOSITORY / "requirements" / "cpython-history.lock"
DEST = REPOSITORY / ".interpreters" / "history"
SOURCES = "https://www.python.org/ftp/python"


class Failure(Exception):
    """What went wrong, and what to do about it."""


@dataclass(frozen=True)
class Pin:
    version: str
    sha256: str

    @property
    def minor(self) -> str:
        return ".".join(self.version.split(".")[:2])

    @property
    def tarball(self) -> str:
        return f"Python-{self.version}.tar.xz"


def parse_lock(text: str, source: str) -> list[Pin]:
    pins = []
    for number, line in enumerate(text.splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if (
            len(words) != 2
            or len(words[1]) != 64
            or words[0].count(".") != 2
            or not all(p.isdigit() for p in words[0].split("."))
        ):
            raise Failure(f"{source}:{number}: write `<X.Y.Z> <sha256>`, not {line.strip()!r}")
        pins.append(Pin(words[0], words[1].lower()))
    return pins


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base).absolute() / "memoryview-docs" / "cpython-history"


def download(pin: Pin, cache: Path, base_url: str) -> Path:
    """The pinned tarball, from the cache or downloaded and checked."""
    target = cache / pin.tarball
    if target.exists() and file_sha256(target) == pin.sha256:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    url = f"{base_url.rstrip('/')}/{pin.version}/{pin.tarball}"
    fd, name = tempfile.mkstemp(prefix=f".{pin.tarball}.", suffix=".part", dir=cache)
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=60) as response:
            shutil.copyfileobj(response, out)
        actual = file_sha256(partial)
        if actual != pin.sha256:
            raise Failure(
                f"{pin.tarball} from {url} does not match {LOCK.name}: expected sha256 "
                f"{pin.sha256}, got {actual}. The file was removed; run `make history` again."
            )
        os.replace(partial, target)
    except OSError as error:
        raise Failure(
            f"could not download {url}: {error}; check the network, then run `make history` again"
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def starts(python: Path, version: str) -> bool:
    try:
        done = subprocess.run(
            [str(python), "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except OSError:
        return False
    return done.returncode == 0 and done.stdout.strip() == version


def build(pin: Pin, tarball: Path, prefix: Path, jobs: int) -> Path:
    """Configure, build and install one version under ``prefix``; its python."""
    python = prefix / "bin" / f"python{pin.minor}"
    if starts(python, pin.version):
        print(f"CPython {pin.version}: already built in {prefix}")
        return python
    shutil.rmtree(prefix, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="cpython-history-") as work:
        with tarfile.open(tarball) as archive:
            archive.extractall(work, filter="data")
        source = Path(work) / f"Python-{pin.version}"
        log = Path(work) / "build.log"
        steps = (
            ["./configure", f"--prefix={prefix}", "--without-ensurepip"],
            ["make", f"-j{jobs}"],
            ["make", "altinstall"],
        )
        print(f"CPython {pin.version}: building into {prefix} (a few minutes)")
        with log.open("w") as out:
            for step in steps:
                done = subprocess.run(step, cwd=source, stdout=out, stderr=subprocess.STDOUT)
                if done.returncode != 0:
                    tail = log.read_text(errors="replace")[-3000:]
                    shutil.rmtree(prefix, ignore_errors=True)
                    raise Failure(
                        f"CPython {pin.version}: `{' '.join(step)}` failed "
                        f"(status {done.returncode}); the end of its output:\n{tail}\n"
                        "Install a C compiler and make, then run `make history` again."
                    )
    if not starts(python, pin.version):
        raise Failure(f"CPython {pin.version}: {python} does not start after its build")
    return python


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=LOCK)
    parser.add_argument("--dest", type=Path, default=DEST)
    parser.add_argument("--base-url", default=os.environ.get("CPYTHON_SOURCES", SOURCES))
    parser.add_argument("minors", nargs="*", help="only these (2.7, 3.6, ...); all by default")
    args = parser.parse_args(argv)
    try:
        pins = parse_lock(args.lock.read_text(), str(args.lock))
        unknown = set(args.minors) - {pin.minor for pin in pins}
        if unknown:
            raise Failure(f"{args.lock} pins no CPython {', '.join(sorted(unknown))}")
        pins = [pin for pin in pins if not args.minors or pin.minor in args.minors]
        jobs = max(1, len(os.sched_getaffinity(0)))
        for pin in pins:
            tarball = download(pin, cache_folder(), args.base_url)
            python = build(pin, tarball, args.dest.absolute() / pin.version, jobs)
            print(f"CPython {pin.version}: {python}")
    except (Failure, OSError) as error:
        print(f"cpython_history.py: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
