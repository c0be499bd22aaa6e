"""Read and write recordings: the stored outputs of one snippet.

A recording sits beside its snippet (``upper.py`` -> ``upper.rec``) and is meant
to be read in a pull-request diff::

    # snipcheck recording: written by `snipcheck record`; edit the snippet, not this.
    snippet: text/upper.py
    mode: session
    recorded: 2026-11-21
    source: sha256 9f2c…(64 hex digits of the snippet file the outputs came from)
    interpreter 3.8: CPython 3.8.18 (linux-x86_64)
    interpreter 3.13: CPython 3.13.0 (linux-x86_64)

    [3.8 3.13] exit 0
    | >>> 'abc'.upper()
    | 'ABC'

Interpreters that printed the same thing share one variant.  ``| text`` is a
line of output; a line with trailing blanks, control characters, characters
that editors take for line ends (U+0085, U+2028, U+2029) or no final newline
is stored as ``\\ "json string"``, with those characters escaped, so editors
cannot alter it.  Lines end at a newline and nowhere else.  ``recorded`` is
the date the outputs last changed; ``source`` says which version of the
snippet they belong to, so that a snippet edited since is caught.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .config import COMMANDS, fill
from .runtimes import version_key
from .snippets import Mode, mode_of

_BANNER = "# snipcheck recording: written by `{}`; edit the snippet, not this."
_VARIANT = re.compile(r"^\[([^\]]+)\] exit (-?\d+)$")
# Control characters (C0 and C1), characters that editors or str.splitlines()
# take for line ends, and lone surrogates are escaped; a tab is kept.
_UNSAFE = "\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
_PLAIN = re.compile(f"^[^{_UNSAFE}]*$")
_ESCAPE = re.compile(f"[{_UNSAFE}]")


class RecordingError(ValueError):
    """A recording file that cannot be read."""


@dataclass(frozen=True)
class Output:
    text: str
    exit: int


def _stored_variants(outputs: dict[str, Output]) -> list[tuple[list[str], Output]]:
    """How a recording file stores its outputs: one variant per set of
    labels that printed exactly the same, in the order of each set's oldest
    label.  This is the file format; what a page groups is ``display``'s
    business and never changes a file."""
    groups: dict[Output, list[str]] = {}
    for label in sorted(outputs, key=version_key):
        groups.setdefault(outputs[label], []).append(label)
    return [(labels, out) for out, labels in groups.items()]


@dataclass
class Recording:
    snippet: str  # path relative to the snippets folder, "slicing/step.py"
    mode: Mode
    recorded: str = ""  # ISO date of the last change to the outputs
    interpreters: dict[str, str] = field(default_factory=dict)  # label -> description
    outputs: dict[str, Output] = field(default_factory=dict)  # label -> output
    # The SHA-256 of the snippet file the outputs were recorded from ("" in
    # recordings made before the engine wrote it): see source_checksum.
    source: str = ""

    def made_from(self, source: str) -> bool:
        """Were these outputs recorded from this snippet file?  (A recording
        that keeps no checksum, made before the engine wrote one, is taken
        at its word.)"""
        return not self.source or self.source == source_checksum(source)

    def same_content(self, other: Recording) -> bool:
        return (self.mode, self.interpreters, self.outputs) == (
            other.mode,
            other.interpreters,
            other.outputs,
        )


def source_checksum(source: str) -> str:
    """The checksum a recording keeps of the snippet file it was made from
    (header included: it says where the snippet runs)."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def format_recording(rec: Recording, record: str = COMMANDS["record"]) -> str:
    """The text of a recording; its first line names the command that
    writes it (``record``, a [tool.snipcheck.commands] template)."""
    lines = [
        _BANNER.format(fill(record, None)),
        f"snippet: {rec.snippet}",
        f"mode: {rec.mode}",
        f"recorded: {rec.recorded}",
        *([f"source: sha256 {rec.source}"] if rec.source else []),
    ]
    for label in sorted(rec.interpreters, key=version_key):
        lines.append(f"interpreter {label}: {rec.interpreters[label]}")
    for labels, out in _stored_variants(rec.outputs):
        lines += ["", f"[{' '.join(labels)}] exit {out.exit}"]
        lines += _encode(out.text)
    return "\n".join(lines) + "\n"


def _encode(text: str) -> list[str]:
    encoded = []
    for piece in _pieces(text):
        body = piece[:-1] if piece.endswith("\n") else None
        if body is not None and _PLAIN.match(body) and body == body.rstrip():
            encoded.append(f"| {body}" if body else "|")
        else:
            quoted = json.dumps(piece, ensure_ascii=False)
            encoded.append("\\ " + _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted))
    return encoded


def _pieces(text: str) -> list[str]:
    """The lines of an output, each with its newline (the last may have
    none).  Only a newline ends a line: a carriage return, form feed or
    U+2028 is part of one."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def parse(text: str, path: Path, record: str = COMMANDS["record"]) -> Recording:
    """Parse a recording; errors name the file and line, and the command
    (``record``, a template) that writes it again."""
    lines = [line.removesuffix("\n") for line in _pieces(text)]

    def fail(number: int, why: str) -> RecordingError:
        again = fill(record, [path.with_suffix(".py")])
        return RecordingError(
            f"{path}:{number}: {why}. Recordings are written only by the engine; "
            f"delete this file and write it again with: {again}"
        )

    prefix, _, suffix = _BANNER.partition("{}")
    if not lines or not (lines[0].startswith(prefix) and lines[0].endswith(suffix)):
        raise fail(1, "missing the snipcheck banner line")
    header: dict[str, str] = {}
    interpreters: dict[str, str] = {}
    number = 1
    for number, line in enumerate(lines[1:], 2):
        if not line:
            break
        key, sep, value = line.partition(": ")
        if not sep:
            raise fail(number, f"expected 'key: value', found {line!r}")
        if key.startswith("interpreter "):
            interpreters[key.split(" ", 1)[1]] = value
        else:
            header[key] = value
    for needed in ("snippet", "mode"):
        if needed not in header:
            raise fail(number, f"the header has no '{needed}:' line")
    mode = mode_of(header["mode"])
    if mode is None:
        raise fail(3, f"unknown mode {header['mode']!r}")
    source = header.get("source", "")
    if source and not re.fullmatch(r"sha256 [0-9a-f]{64}", source):
        raise fail(5, f"'source:' must be 'sha256 <64 hex digits>', not {source!r}")
    rec = Recording(
        header["snippet"], mode, header.get("recorded", ""), interpreters, {}, source[7:]
    )
    labels: list[str] = []
    exit_code = 0
    body: list[str] = []

    def flush() -> None:
        for label in labels:
            rec.outputs[label] = Output("".join(body), exit_code)

    body_start = number
    for number, line in enumerate(lines[body_start:], body_start + 1):
        match = _VARIANT.match(line)
        if match:
            flush()
            labels, exit_code, body = match.group(1).split(), int(match.group(2)), []
            continue
        if line == "":  # separates variants; an empty output line is "|"
            continue
        if not labels:
            raise fail(number, "output before the first [interpreters] line")
        if line == "|" or line.startswith("| "):
            body.append(line[2:] + "\n")
        elif line.startswith("\\ "):
            try:
                body.append(json.loads(line[2:]))
            except json.JSONDecodeError:
                raise fail(number, "a '\\' line does not hold a JSON string") from None
        else:
            raise fail(number, f"unexpected line {line!r}")
    flush()
    missing = sorted(set(rec.outputs) - set(interpreters), key=version_key)
    if missing:
        raise fail(len(lines), f"no 'interpreter' line for {', '.join(missing)}")
    return rec


def read(path: Path, record: str = COMMANDS["record"]) -> Recording | None:
    """The recording at ``path``, or None where there is none yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return parse(text, path, record)


def write(path: Path, rec: Recording, record: str = COMMANDS["record"]) -> None:
    replace_file(path, format_recording(rec, record).encode("utf-8"))


def replace_file(path: Path, data: bytes) -> None:
    """Replace the file in one step, so a reader never sees half of it."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(temp, 0o644)  # mkstemp makes it private; it is a source file
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise
