"""Find snippet files and read what each one declares about itself."""

from __future__ import annotations

import ast
import codecs
import difflib
import functools
import io
import math
import re
import tokenize
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from . import runtimes

# A "measure" snippet is a script that times something and prints a table
# of numbers (see measurement.py); it is measured, not compared.
Mode = Literal["session", "script", "measure"]
MODES: tuple[Mode, ...] = get_args(Mode)
_KEYS = ("mode", "requires", "timeout", "not-on", "also-on", "claim", "label")
_HEADER = re.compile(rf"#\s*({'|'.join(_KEYS)})\s*:\s*(.*?)\s*$")
# Header keys that may appear more than once.
_REPEATED = ("claim", "label")
# A comment that looks like a header line ("# Mode: script", "# timout = 5").
_KEYLIKE = re.compile(r"#\s*([A-Za-z][\w-]*)\s*([:=])")
# PEP 263, as CPython reads it: a comment on line 1 or 2 naming an encoding.
_CODING = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
# The line ends CPython knows; str.splitlines() also splits at form feeds,
# U+2028 and others, which can sit inside a line of Python.
_LINE_END = re.compile(r"\r\n|\r|\n")


class SnippetError(ValueError):
    """A snippet file declares something the engine cannot honour."""


@dataclass(frozen=True)
class Snippet:
    """One runnable example: ``snippets/<topic>/<name>.py``."""

    path: Path
    key: str  # "<topic>/<name>", the id used by pages, tests and recordings
    # The file's text exactly as it runs: a byte-order mark and CRLF line
    # ends are kept, so the interpreter reads the bytes the file holds.
    source: str
    mode: Mode = "session"
    requires: tuple[str, ...] = ()
    timeout: float | None = None
    header_lines: int = 0
    # Runtimes this snippet cannot run on, with the reason shown to readers:
    # "# not-on: pyodide: WebAssembly has no sockets".
    not_on: dict[str, str] = field(default_factory=dict, hash=False)
    # Runtimes that run only the snippets that ask for them (see
    # runtimes.Runtime.opt_in): "# also-on: history".
    also_on: tuple[str, ...] = ()
    # For measure snippets: each "# claim:" with its line number, and the
    # axis labels from "# label: column = text".
    claims: tuple[tuple[int, str], ...] = ()
    labels: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def measured_path(self) -> Path:
        return self.path.with_suffix(".measured.json")

    @property
    def recording_path(self) -> Path:
        return self.path.with_suffix(".rec")

    @property
    def filename(self) -> str:
        return self.path.name

    @property
    def body(self) -> str:
        """The code a reader sees: the file without its header comments,
        its byte-order mark, or carriage returns at its line ends."""
        text = _LINE_END.sub("\n", self.source.removeprefix("\ufeff"))
        lines = [line + "\n" for line in text.split("\n")]
        lines[-1] = lines[-1][:-1]  # what follows the last line end
        lines = lines[self.header_lines :]
        while lines and not lines[0].strip():
            lines.pop(0)
        return "".join(lines)

    @functools.cached_property
    def _typed(self) -> tuple[str, ...]:
        # Parsed once: every run of a session asks twice (its input, then
        # the transcript made from its output).
        return tuple(session_lines(self.body))

    def session_input(self) -> list[str]:
        """The lines to type at the interactive prompt, one per prompt."""
        return list(self._typed)

    def stdin_text(self) -> str:
        """What the interpreter reads on standard input: the typed lines of a
        session, nothing for a script."""
        if self.mode != "session":
            return ""
        return "".join(line + "\n" for line in self._typed)


def load(path: Path, root: Path) -> Snippet:
    """Read one snippet file; ``root`` is the snippets folder.  A file the
    engine cannot run faithfully or show on a page raises SnippetError,
    naming the file and line and saying what to change."""
    source = _decode(path.read_bytes(), path)
    key = path.relative_to(root).with_suffix("").as_posix()
    lines = split_lines(source.removeprefix("\ufeff"))
    count, values, repeated = _header(lines, path)
    mode = mode_of(values.get("mode", "session"))
    if mode is None:
        raise SnippetError(
            f"{path}:{_line_of(source, 'mode')}: unknown mode {values['mode']!r}; "
            f"use one of {', '.join(MODES)}"
        )
    requires = tuple(r for r in re.split(r"[\s,]+", values.get("requires", "")) if r)
    timeout = None
    if "timeout" in values:
        try:
            timeout = float(values["timeout"])
        except ValueError:
            timeout = math.nan
        if not 0 < timeout < math.inf:
            raise SnippetError(
                f"{path}:{_line_of(source, 'timeout')}: timeout must be a number of seconds "
                f"above 0, not {values['timeout']!r}"
            )
    not_on: dict[str, str] = {}
    if "not-on" in values:
        runtime, _, reason = values["not-on"].partition(":")
        if not reason.strip():
            raise SnippetError(
                f"{path}:{_line_of(source, 'not-on')}: write '# not-on: <runtime>: <reason>', "
                "for example '# not-on: pyodide: WebAssembly has no sockets'"
            )
        not_on[runtime.strip()] = reason.strip()
    also_on = tuple(r for r in re.split(r"[\s,]+", values.get("also-on", "")) if r)
    for name in also_on:
        try:
            why = runtimes.named(name).refuses(mode, requires)
        except ValueError as exc:
            why = str(exc)
        if why:
            raise SnippetError(f"{path}:{_line_of(source, 'also-on')}: also-on {name}: {why}")
    if repeated["claim"] and mode != "measure":
        raise SnippetError(
            f"{path}:{repeated['claim'][0][0]}: only '# mode: measure' snippets make claims"
        )
    labels: dict[str, str] = {}
    for number, text in repeated["label"]:
        column, equals, words = text.partition("=")
        if not equals or not column.strip() or not words.strip():
            raise SnippetError(
                f"{path}:{number}: write '# label: <column> = <axis label>', "
                "for example '# label: seconds = time per call (s)'"
            )
        labels[column.strip()] = words.strip()
    if not "".join(lines[count:]).strip():
        raise SnippetError(
            f"{path}:{count + 1}: there is no code below the header; "
            "write the example there, or delete the file"
        )
    return Snippet(
        path,
        key,
        source,
        mode,
        requires,
        timeout,
        count,
        not_on,
        also_on,
        tuple(repeated["claim"]),
        labels,
    )


def mode_of(text: str) -> Mode | None:
    """The mode this text names, or None."""
    for mode in MODES:
        if text == mode:
            return mode
    return None


def shard(key: str, count: int) -> int:
    """Which of ``count`` shares a snippet belongs to (0 to count - 1): the
    same on every machine and in every run, about as many snippets in each,
    and a snippet keeps its share when others are added.  CI jobs (`verify
    --shard K/N`) and pytest-xdist's workers split the snippets this way."""
    return zlib.crc32(key.encode("utf-8")) % count


def find(
    root: Path, only: list[Path] | None = None, problems: list[SnippetError] | None = None
) -> list[Snippet]:
    """All snippets under ``root`` (or just ``only``), sorted by key.

    A file that cannot be loaded never stops the others from being found:
    it is left out, and its error added to ``problems``.  Callers that
    check snippets pass that list and report each one.
    """
    if only:
        paths: set[Path] = set()
        for p in only:
            p = p.resolve()
            paths.update(p.rglob("*.py") if p.is_dir() else [p])
    else:
        paths = set(root.resolve().rglob("*.py"))
    root = root.resolve()
    found = []
    for path in sorted(paths):
        try:
            found.append(load(path, root))
        except SnippetError as exc:
            if problems is not None:
                problems.append(exc)
    return sorted(found, key=lambda s: s.key)


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` as CPython counts them: ended by a newline, a
    carriage return or both, and by nothing else."""
    lines = _LINE_END.split(text)
    if lines and not lines[-1]:
        lines.pop()  # the empty piece after a final line end
    return lines


def _decode(data: bytes, path: Path) -> str:
    """The text of a snippet file, which must be UTF-8: pages show and copy
    code as UTF-8, so code in another encoding would not run as shown."""
    bom = data.startswith(codecs.BOM_UTF8)
    for number, line in enumerate(data.split(b"\n", 2)[:2], 1):
        if bom and number == 1:
            line = line[len(codecs.BOM_UTF8) :]
        match = _CODING.match(line.decode("latin-1"))
        if match:
            try:
                utf8 = codecs.lookup(match.group(1)).name == "utf-8"
            except LookupError:
                utf8 = False
            if not utf8:
                raise SnippetError(
                    f"{path}:{number}: declares the encoding {match.group(1)!r}; snippets are "
                    "UTF-8, the encoding pages show and copy code in. Save the file as UTF-8 "
                    "and remove this coding line"
                )
            break
        if line.strip() and not line.lstrip().startswith(b"#"):
            break  # CPython reads line 2 only after a comment or blank line 1
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        number = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SnippetError(
            f"{path}:{number}:{column}: byte {data[exc.start]:#04x} is not UTF-8; snippets "
            "are UTF-8, the encoding pages show and copy code in. Save the file as UTF-8 "
            "(write bytes that are not text as escapes such as b'\\xff')"
        ) from None
    if "\x00" in text:
        number = text.count("\n", 0, text.index("\x00")) + 1
        raise SnippetError(
            f"{path}:{number}: holds a NUL character, which CPython refuses in source code "
            "(3.12 and later) and a page cannot show; write it as the escape '\\x00'"
        )
    return text


def _header(
    lines: list[str], path: Path
) -> tuple[int, dict[str, str], dict[str, list[tuple[int, str]]]]:
    """How many lines the header takes, its values, and its repeated keys
    with their line numbers.  The header is the comment lines at the top
    that declare something (a ``#!`` line and a coding line may be among
    them); a comment above the code that looks like a header line but is
    not read as one is an error, so that no declaration is silently
    ignored."""
    values: dict[str, str] = {}
    seen: dict[str, int] = {}
    repeated: dict[str, list[tuple[int, str]]] = {k: [] for k in _REPEATED}
    count = 0
    for number, line in enumerate(lines, 1):
        match = _HEADER.match(line)
        if match:
            key, value = match.groups()
            if key in repeated:
                repeated[key].append((number, value))
            elif key in seen:
                raise SnippetError(
                    f"{path}:{number}: '# {key}:' is already declared on line {seen[key]}; "
                    "keep one of them"
                )
            else:
                values[key], seen[key] = value, number
        elif not (number <= 2 and _CODING.match(line)) and not (
            number == 1 and line.startswith("#!")
        ):
            break
        count = number
    for number, line in enumerate(lines[count:], count + 1):
        if line.strip() and not line.lstrip().startswith("#"):
            break  # the code starts: comments below it are the reader's
        _check_not_a_header(line.strip(), number, count, path)
    return count, values, repeated


def _check_not_a_header(line: str, number: int, count: int, path: Path) -> None:
    match = _KEYLIKE.match(line)
    if not match:
        return
    word, separator = match.groups()
    near = difflib.get_close_matches(word.lower(), _KEYS, 1, 0.9)
    if not near:
        return
    if word == near[0] and separator == ":":
        where = f"after line {count}" if count else "at the top of the file"
        raise SnippetError(
            f"{path}:{number}: {line!r} is not read as a header line: the header is the "
            f"comment lines {where}, with nothing between them. Move it up there"
        )
    raise SnippetError(
        f"{path}:{number}: {line!r} looks like a header line but is not one; "
        f"write '# {near[0]}: ...' (header keys: {', '.join(_KEYS)})"
    )


def _line_of(source: str, key: str) -> int:
    for number, line in enumerate(split_lines(source.removeprefix("\ufeff")), 1):
        if re.match(rf"#\s*{key}\s*:", line):
            return number
    return 1


def session_lines(code: str) -> list[str]:
    """Split code into the lines a person would type into the REPL.

    The REPL ends a compound statement at a blank line, so blank lines inside
    one are dropped and one is added after it; blank lines between statements
    are dropped.  Code the host cannot parse is passed through unchanged, so
    the target interpreter reports the syntax error itself.
    """
    lines = split_lines(code)
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):  # ValueError: a NUL byte, before 3.12
        return lines
    in_string = _lines_inside_strings(code)
    typed: list[str] = []
    last_end = 0
    for node in tree.body:
        start = min([node.lineno] + [d.lineno for d in _decorators(node)])
        end = node.end_lineno or node.lineno
        if end <= last_end:  # a second statement on an already typed line
            continue
        for number in range(last_end + 1, start):
            if lines[number - 1].strip():
                typed.append(lines[number - 1])  # comments between statements
        for number in range(start, end + 1):
            text = lines[number - 1]
            if text.strip() or number in in_string:
                typed.append(text)
        if hasattr(node, "body"):
            typed.append("")
        last_end = end
    for number in range(last_end + 1, len(lines) + 1):
        if lines[number - 1].strip():
            typed.append(lines[number - 1])
    return typed


def _decorators(node: ast.stmt) -> list[ast.expr]:
    return list(getattr(node, "decorator_list", []))


def _lines_inside_strings(code: str) -> set[int]:
    inside: set[int] = set()
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type == tokenize.STRING and tok.end[0] > tok.start[0]:
            inside.update(range(tok.start[0] + 1, tok.end[0] + 1))
    return inside
