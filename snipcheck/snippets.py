"""Find snippet files and read what each one declares about itself."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

# A "measure" snippet is a script that times something and prints a table
# of numbers (see measurement.py); it is measured, not compared.
MODES = ("session", "script", "measure")
_HEADER = re.compile(r"#\s*(mode|requires|timeout|not-on|claim|label)\s*:\s*(.*?)\s*$")
# Header keys that may appear more than once.
_REPEATED = ("claim", "label")


class SnippetError(ValueError):
    """A snippet file declares something the engine cannot honour."""


@dataclass(frozen=True)
class Snippet:
    """One runnable example: ``snippets/<topic>/<name>.py``."""

    path: Path
    key: str  # "<topic>/<name>", the id used by pages, tests and recordings
    source: str
    mode: str = "session"
    requires: tuple[str, ...] = ()
    timeout: float | None = None
    header_lines: int = 0
    # Runtimes this snippet cannot run on, with the reason shown to readers:
    # "# not-on: pyodide: WebAssembly has no sockets".
    not_on: dict[str, str] = field(default_factory=dict, hash=False)
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
        """The code a reader sees: the file without its header comments."""
        lines = self.source.splitlines(keepends=True)[self.header_lines :]
        while lines and not lines[0].strip():
            lines.pop(0)
        return "".join(lines)

    def session_input(self) -> list[str]:
        """The lines to type at the interactive prompt, one per prompt."""
        return session_lines(self.body)

    def stdin_text(self) -> str:
        """What the interpreter reads on standard input: the typed lines of a
        session, nothing for a script."""
        if self.mode != "session":
            return ""
        return "".join(line + "\n" for line in self.session_input())


def load(path: Path, root: Path) -> Snippet:
    """Read one snippet file; ``root`` is the snippets folder."""
    source = path.read_text(encoding="utf-8")
    key = path.relative_to(root).with_suffix("").as_posix()
    values: dict[str, str] = {}
    repeated: dict[str, list[tuple[int, str]]] = {k: [] for k in _REPEATED}
    count = 0
    for line in source.splitlines():
        match = _HEADER.match(line)
        if not match:
            break
        count += 1
        if match.group(1) in repeated:
            repeated[match.group(1)].append((count, match.group(2)))
        else:
            values[match.group(1)] = match.group(2)
    mode = values.get("mode", "session")
    if mode not in MODES:
        raise SnippetError(
            f"{path}:{_line_of(source, 'mode')}: unknown mode {mode!r}; "
            f"use one of {', '.join(MODES)}"
        )
    requires = tuple(r for r in re.split(r"[\s,]+", values.get("requires", "")) if r)
    timeout = None
    if "timeout" in values:
        try:
            timeout = float(values["timeout"])
        except ValueError:
            raise SnippetError(
                f"{path}:{_line_of(source, 'timeout')}: timeout must be a number "
                f"of seconds, not {values['timeout']!r}"
            ) from None
    not_on: dict[str, str] = {}
    if "not-on" in values:
        runtime, _, reason = values["not-on"].partition(":")
        if not reason.strip():
            raise SnippetError(
                f"{path}:{_line_of(source, 'not-on')}: write '# not-on: <runtime>: <reason>', "
                "for example '# not-on: pyodide: WebAssembly has no sockets'"
            )
        not_on[runtime.strip()] = reason.strip()
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
    return Snippet(
        path,
        key,
        source,
        mode,
        requires,
        timeout,
        count,
        not_on,
        tuple(repeated["claim"]),
        labels,
    )


def find(root: Path, only: list[Path] | None = None) -> list[Snippet]:
    """All snippets under ``root`` (or just ``only``), sorted by key."""
    if only:
        paths: set[Path] = set()
        for p in only:
            p = p.resolve()
            paths.update(p.rglob("*.py") if p.is_dir() else [p])
    else:
        paths = set(root.resolve().rglob("*.py"))
    root = root.resolve()
    return sorted((load(p, root) for p in paths), key=lambda s: s.key)


def _line_of(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
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
    lines = code.splitlines()
    try:
        tree = ast.parse(code)
    except SyntaxError:
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
