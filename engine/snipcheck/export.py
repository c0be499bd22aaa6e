"""Write session recordings out as doctest files that people run themselves.

``snipcheck export --python 3.12 --into FOLDER`` writes, for every session
snippet with an output recorded on that interpreter, ``FOLDER/<topic>/
<name>.txt``, which ``python3.12 -m doctest -o ELLIPSIS FOLDER/*/*.txt`` run
by that interpreter passes.  Nothing runs: each file is made from the
recording alone, with the snippet's own lines as the code.  A Pyodide label
(``3.14-pyodide``) is exported the same way, for doctest inside Pyodide.

How a recorded transcript becomes a doctest:

- The transcript is split at the prompts the interpreter showed, which the
  snippet's typed lines locate (so an output that did not end its line
  before the next prompt still ends there).  Each line keeps the prompt it
  was typed at: a ``>>>`` line and the ``...`` lines after it are one
  statement in the REPL and one example in doctest, and what was printed
  after them is that example's expected output.
- Masked values become doctest's ellipsis, ``...`` (hence ``-o ELLIPSIS``),
  so that doctest accepts whatever the live value is.  These are all that
  masking.mask writes: an address (``<memory at 0x…>``), a folder (the
  run's working folder or the interpreter's own: a ``…`` with no letter or
  digit against it), and each replacement text of the project's
  ``[tool.snipcheck] masks`` (``<stdin>-…``), where it appears whole.  A
  ``…`` inside a word ("Loading…") is the snippet's own text and stays.
- Output lines that are empty or blank become ``<BLANKLINE>``: doctest
  takes a blank line for the end of the expected output.
- An exception: doctest compares only the exception's type and message,
  and only if the expected output starts with the header ``Traceback (most
  recent call last):``.  So a traceback keeps its header, its stack (which
  doctest passes over) and its message; a syntax error, which the REPL shows
  without a header, gets one; of a chain ("During handling of the above
  exception, ..."), the last exception is kept, the one doctest sees; an
  exception group keeps its own line and notes, not its sub-exceptions,
  which doctest does not compare.  A suggestion the REPL adds to a message
  (``. Did you mean: 'x'?``) becomes ``...``: 3.10 and 3.11 print it in the
  REPL only, and later versions draw it from names around, which doctest's
  namespace does not share with the REPL's.
- Every example is then read back with doctest's own parser, which must
  find exactly the statement and the expected output it was written from.

What doctest cannot express is not written; the summary lists each snippet
with the reason: output on standard error, which doctest does not capture
(a warning, an exception ignored in a finaliser, code that names stderr);
output written past the ``sys.stdout`` doctest puts in place; output
printed before an exception in the same statement (doctest compares only
the exception); an exit status other than 0; a KeyboardInterrupt, which
stops doctest itself; expected output doctest would read as code (a first
line starting with ``...``, a line starting with ``>>>``); characters
doctest changes when it reads a file (a carriage return, a tab); and no
output recorded on that interpreter.  Script and measure snippets are not
sessions and are not exported.
"""

from __future__ import annotations

import contextlib
import doctest
import functools
import re
import sys
from argparse import Namespace
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import masking, recording, runtimes, snippets
from .config import Config
from .recording import Output, Recording

# A doctest file lists the files a previous export wrote here, so that the
# next export into the same folder removes them and leaves nothing stale.
MANIFEST = ".snipcheck-export"
_HEADER = "Traceback (most recent call last):"
_GROUP = "  + Exception Group Traceback (most recent call last):\n"
_STDERR = "output on standard error, which doctest does not capture"
_PS1, _PS2 = ">>> ", "... "
# What masking.mask writes in place of a hidden address (" at 0x…>").
_ADDRESS = re.compile(r"(?<= at 0x)" + masking.ELLIPSIS + r"(?=>)")
# A hidden folder is one "…" with no word character against it (a path
# under it goes on with "/"); "Loading…" is the snippet's own text.  A lone
# "…" the snippet printed itself looks the same and becomes "..." too, which
# matches it: the check is only looser there, never wrong.
_FOLDER = re.compile(r"(?<!\w)" + masking.ELLIPSIS + r"(?!\w)")
# How Python's warnings module shows a warning (on standard error):
# "<stdin>:1: DeprecationWarning: message".
_WARNING = re.compile(r"^\S.*:\d+: (?:\w+\.)*\w*Warning: ", re.MULTILINE)
# How CPython reports an exception it cannot raise (in __del__, a finaliser,
# a buffer release), on standard error: "Exception ignored in: ...", from
# 3.14 also "Exception ignored while calling deallocator ...".
_IGNORED = re.compile(r"^Exception ignored\b", re.MULTILINE)
# Code that writes where doctest does not look: standard error, or the
# process's standard output behind the sys.stdout doctest puts in its place.
_STDERR_CODE = re.compile(r"\bstderr\b|\btraceback\.print_|\blogging\b|\bfaulthandler\b")
_PAST_STDOUT_CODE = re.compile(r"__stdout__|\bstdout\.(?:buffer|fileno)\b|\bos\.write\(\s*1\b")
# What stands between two exceptions of a chain, each shown with its
# traceback or without one (an exception a C function set), or as a group.
_CHAINED = re.compile(
    r"\n\n(?:The above exception was the direct cause of the following exception"
    r"|During handling of the above exception, another exception occurred):\n\n"
)
# A syntax error in what was typed, which the REPL shows without a header.
_SYNTAX_ERROR = r'  File "[^\n]*", line \d+\n'
# What the REPL appends to a NameError, AttributeError or ImportError
# message (". Did you mean: 'x'?", ". Did you forget to import 'sys'?",
# ". Did you mean '.x' instead of '.y'?"): 3.10 and 3.11 print it from C
# only, and later versions draw it from the names around, which doctest's
# namespace does not share with the REPL's.
_SUGGESTION = re.compile(r"\. Did you (?:mean|forget)\b.*\?$", re.MULTILINE)


class NotExpressible(Exception):
    """A recording doctest cannot check as it is.  ``reason`` is what the
    summary groups by; ``detail`` says where."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class Example:
    """One statement: its typed lines (the first at ``>>>``) and what was
    printed after them."""

    lines: list[str]
    output: str = ""


@dataclass
class Converted:
    """A doctest's text, with what was changed to make it one."""

    text: str
    examples: int
    changes: Counter[str] = field(default_factory=Counter)


@dataclass
class Exported:
    label: str
    into: Path
    written: dict[str, Converted] = field(default_factory=dict)  # key -> doctest
    refused: dict[str, NotExpressible] = field(default_factory=dict)  # key -> why
    other_modes: Counter[str] = field(default_factory=Counter)  # mode -> snippets
    problems: list[str] = field(default_factory=list)  # files that cannot be read


def split(text: str, typed: list[str]) -> tuple[str, list[Example]]:
    """The output before the first prompt, and the statements of a recorded
    transcript, found by the lines the snippet types (transcript.assemble
    put each one after its prompt, with trailing blanks removed)."""
    lead = ""
    examples: list[Example] = []
    pos = 0
    for number, line in enumerate(typed, 1):
        found = []
        for prompt in (_PS1, _PS2):
            echo = (prompt + line).rstrip() + "\n"
            at = text.find(echo, pos)
            if at >= 0:
                found.append((at, prompt, echo))
        if not found:
            raise NotExpressible(
                "the recording does not hold the snippet's lines (record it again)",
                f"line {number} of what is typed, {line!r}",
            )
        at, prompt, echo = min(found)
        printed = text[pos:at]
        if not examples:
            lead = printed
        elif printed and prompt == _PS2:
            raise NotExpressible(
                "output in the middle of a statement", f"before typed line {number}"
            )
        else:
            examples[-1].output += printed
        if prompt == _PS1:
            examples.append(Example([line]))
        elif examples:
            examples[-1].lines.append(line)
        else:
            raise NotExpressible("a '...' line before the first statement")
        pos = at + len(echo)
    if examples:
        examples[-1].output += text[pos:]
    else:
        lead += text[pos:]
    return lead, examples


def _placeholders(text: str, masks: tuple[tuple[str, str], ...]) -> tuple[str, int]:
    """``text`` with each value masking hid turned into doctest's ``...``,
    and how many there were."""
    # Longest first, so that a replacement inside another is not taken alone.
    replaced = sorted({r for _, r in masks if r}, key=len, reverse=True)
    hidden = [re.escape(r) for r in replaced] + [_ADDRESS.pattern, _FOLDER.pattern]
    return re.subn("|".join(hidden), "...", text)


def _exception(output: str, changes: Counter[str]) -> str | None:
    """Where an output is an exception's display, the exception as doctest
    expects it: the header, the stack (doctest skips it) and the message."""
    links = _CHAINED.split(output)
    first, last = links[0], links[-1]
    starts = [at for at in (first.find(_GROUP), first.find(_HEADER + "\n")) if at >= 0]
    if starts:
        printed = first[: min(starts)]
    elif len(links) == 1 and re.match(_SYNTAX_ERROR, last):
        printed, last = "", f"{_HEADER}\n{last}"  # the REPL shows no header
        changes["syntax errors given the traceback header"] += 1
    elif len(links) == 1:
        return None
    else:
        printed = ""  # a chain that starts with an exception shown without a traceback
    if printed:
        raise NotExpressible(
            "output printed before an exception in the same statement "
            "(doctest compares only the exception)"
        )
    if len(links) > 1:
        changes["chained exceptions cut to the last"] += 1
    if last.startswith(_GROUP):
        # doctest compares the group's own line and notes: the "  | " lines
        # before its first sub-exception.
        own = re.match(r"(?:  \| .*\n)*", last[len(_GROUP) :])
        last = f"{_HEADER}\n" + re.sub(r"(?m)^  \| ", "", own.group() if own else "")
        changes["exception groups cut to the group's own message"] += 1
    if not last.startswith(_HEADER + "\n"):
        raise NotExpressible("an exception shown in a way doctest does not read")
    lines = last.splitlines(keepends=True)[1:]
    at = next((n for n, line in enumerate(lines) if not line[:1].isspace()), None)
    if at is None or not re.match(r"\w", lines[at]):
        raise NotExpressible("an exception shown in a way doctest does not read")
    message = "".join(lines[at:])
    if re.match(r"KeyboardInterrupt\b", message):
        raise NotExpressible("a KeyboardInterrupt, which stops doctest itself")
    message, n = _SUGGESTION.subn("...", message)
    changes["suggestions (Did you mean) to ..."] += n
    return f"{_HEADER}\n{''.join(lines[:at])}{message}"


def expected(output: str, masks: tuple[tuple[str, str], ...], changes: Counter[str]) -> str:
    """One example's recorded output as doctest's expected output."""
    for shown, what in ((_WARNING, "a warning"), (_IGNORED, "an exception ignored")):
        if shown.search(output):
            raise NotExpressible(_STDERR, what)
    output = _exception(output, changes) or output
    output, masked = _placeholders(output, masks)
    changes["masked values to ..."] += masked
    lines = output.split("\n")
    if lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines):
        if not line.strip():
            lines[n] = "<BLANKLINE>"
            changes["blank lines to <BLANKLINE>"] += 1
    if lines and re.match(r" *\.\.\.", lines[0]):
        raise NotExpressible("output starting with '...', which doctest reads as more code")
    if any(re.match(r" *>>>", line) for line in lines):
        raise NotExpressible("an output line starting with '>>>', which doctest reads as code")
    return "".join(line + "\n" for line in lines)


def convert(typed: list[str], output: Output, masks: tuple[tuple[str, str], ...] = ()) -> Converted:
    """The doctest examples for one recorded session (without a title)."""
    if output.exit != 0:
        raise NotExpressible(
            "an exit status other than 0, which doctest does not check",
            f"exit {output.exit}",
        )
    text = output.text
    for char, why in (
        ("\r", "a carriage return, which doctest reads as a line end"),
        ("\t", "a tab, which doctest turns into spaces"),
    ):
        if char in text or any(char in line for line in typed):
            raise NotExpressible(why)
    if re.search("[\ud800-\udfff]", text):
        raise NotExpressible("output that is not UTF-8")
    code = "\n".join(typed)
    named = _STDERR_CODE.search(code)
    if named:
        raise NotExpressible(_STDERR, f"its code names {named.group()}")
    named = _PAST_STDOUT_CODE.search(code)
    if named:
        raise NotExpressible(
            "output written past sys.stdout, which doctest replaces to capture it",
            f"its code names {named.group()}",
        )
    lead, examples = split(text, typed)
    if lead:
        raise NotExpressible("output before the first prompt")
    changes: Counter[str] = Counter()
    parts = []
    meant = []
    for example in examples:
        prompts = [_PS1] + [_PS2] * (len(example.lines) - 1)
        # "..." alone for an empty line: doctest wants a blank after a
        # prompt only where something follows it.
        parts += [
            p + line + "\n" if line else p.rstrip() + "\n"
            for p, line in zip(prompts, example.lines, strict=True)
        ]
        parts.append(expected(example.output, masks, changes))
        meant.append((example.lines, parts[-1]))
    text = "".join(parts)
    return Converted(text, _read_back(text, meant), changes)


def _read_back(text: str, meant: list[tuple[list[str], str]]) -> int:
    """Check that doctest reads the examples as the statements and expected
    outputs they were written from (typed lines, expected output); how many
    examples it finds."""
    try:
        found = [(e.source, e.want) for e in doctest.DocTestParser().get_examples(text)]
    except ValueError as exc:
        raise NotExpressible("doctest cannot read it", str(exc)) from None
    at = 0
    for lines, want in meant:
        source = "\n".join(lines).removesuffix("\n") + "\n"
        if found[at : at + 1] == [(source, want)]:
            at += 1
        # doctest passes over a statement of comments or blank lines alone.
        elif not all(line.lstrip().startswith("#") or not line.strip() for line in lines):
            raise NotExpressible("doctest would read it differently", f"at {lines[0]!r}")
    if at != len(found):
        raise NotExpressible("doctest would read it differently", "it finds more examples")
    return at


@functools.lru_cache(maxsize=4096)
def _typed(snippet: snippets.Snippet) -> tuple[str, ...]:
    """A snippet's typed lines, worked out once however many interpreters
    it is exported for (a changed file is another Snippet)."""
    return tuple(snippet.session_input())


def how_to_run(label: str, files: str) -> str:
    """The command that checks exported files with stock doctest."""
    runtime = runtimes.of_label(label)
    version = runtimes.version_of(label)
    if runtime.platform_variant:
        return f"python -m doctest -o ELLIPSIS {files} (inside {runtime.title} {version})"
    return f"python{version} -m doctest -o ELLIPSIS {files}"


def doctest_file(
    snippet: snippets.Snippet, rec: Recording, label: str, masks: tuple[tuple[str, str], ...]
) -> Converted:
    """The whole doctest file of one snippet on one interpreter: a title
    saying where it comes from, then the examples."""
    output = rec.outputs.get(label)
    if output is None:
        why = snippet.not_on.get(runtimes.of_label(label).name)
        needs = ", ".join(snippet.requires)
        detail = f"not run there: {why}" if why else f"needs {needs}" if needs else ""
        raise NotExpressible("no output recorded on this interpreter", detail)
    done = convert(list(_typed(snippet)), output, masks)
    title = (
        f"{snippet.key}, as recorded on {rec.interpreters[label]}\n"
        f"(exported by snipcheck from {snippet.path.name} and its recording; "
        f"check it with: {how_to_run(label, snippet.path.stem + '.txt')})\n\n"
    )
    done.text = title + done.text  # prose to doctest: no line of it starts with ">>>"
    return done


def _writable(into: Path) -> None:
    """Refuse a folder that holds anything but an earlier export."""
    if into.exists() and not into.is_dir():
        raise ValueError(f"{into} is not a folder")
    if into.is_dir() and not (into / MANIFEST).exists() and any(into.iterdir()):
        raise ValueError(
            f"{into} is not empty and was not written by snipcheck export; "
            "choose a new or empty folder"
        )


def _clear(into: Path) -> None:
    """Remove the files an earlier export wrote here, and their folders
    once empty; nothing else."""
    manifest = into / MANIFEST
    if not manifest.exists():
        return
    for name in manifest.read_text(encoding="utf-8").splitlines():
        relative = Path(name)
        if relative.is_absolute() or ".." in relative.parts or relative.suffix != ".txt":
            continue
        (into / relative).unlink(missing_ok=True)
        for parent in relative.parents[:-1]:
            with contextlib.suppress(OSError):  # not empty: something else is there
                (into / parent).rmdir()
    manifest.unlink()


def export(cfg: Config, label: str, into: Path, only: list[Path] | None = None) -> Exported:
    """Write the doctest files of the session snippets (all, or ``only``)
    whose recordings hold an output of ``label``, into ``into``.  Raises
    ValueError, before writing anything, when no recording of these snippets
    names that interpreter or the folder holds something else."""
    _writable(into)
    result = Exported(label, into)
    unloadable: list[snippets.SnippetError] = []
    found = snippets.find(cfg.snippets, only or None, unloadable)
    result.problems += [str(exc) for exc in unloadable]
    labels: set[str] = set()
    for snippet in found:
        if snippet.mode != "session":
            result.other_modes[snippet.mode] += 1
            continue
        try:
            rec = recording.read(snippet.recording_path, cfg.commands["record"])
        except recording.RecordingError as exc:
            result.problems.append(str(exc))
            continue
        labels.update(rec.interpreters if rec else ())
        try:
            if rec is None:
                raise NotExpressible("not recorded yet", cfg.command("record", [snippet.path]))
            result.written[snippet.key] = doctest_file(snippet, rec, label, cfg.masks)
        except NotExpressible as exc:
            result.refused[snippet.key] = exc
    if label not in labels:
        known = ", ".join(sorted(labels, key=runtimes.version_key)) or "none"
        raise ValueError(f"no recording names the interpreter {label} (recorded: {known})")
    _clear(into)
    for key, done in result.written.items():
        path = into / f"{key}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(done.text, encoding="utf-8")
    into.mkdir(parents=True, exist_ok=True)
    manifest = "".join(f"{key}.txt\n" for key in result.written)
    (into / MANIFEST).write_text(manifest, encoding="utf-8")
    return result


def summary(result: Exported) -> list[str]:
    """What an export did, for people: counts, what was converted, and
    each reason a snippet was not written, with the snippets it applies to."""
    examples = sum(c.examples for c in result.written.values())
    lines = [
        f"written {len(result.written)} doctest files ({examples} examples) into "
        f"{result.into}, from the outputs recorded on {result.label}"
    ]
    changes: Counter[str] = Counter()
    for done in result.written.values():
        changes.update(done.changes)
    changes = +changes  # without those that never happened
    if changes:
        lines.append(
            "converted: " + "; ".join(f"{what}: {n}" for what, n in sorted(changes.items()))
        )
    lines.append(f"not expressible {len(result.refused)}")
    by_reason: dict[str, list[str]] = {}
    for key, exc in result.refused.items():
        by_reason.setdefault(exc.reason, []).append(f"{key} ({exc.detail})" if exc.detail else key)
    for reason, keys in sorted(by_reason.items(), key=lambda item: (-len(item[1]), item[0])):
        lines.append(f"  {len(keys)} {reason}: {', '.join(keys)}")
    if result.other_modes:
        modes = ", ".join(f"{n} {mode}" for mode, n in sorted(result.other_modes.items()))
        lines.append(f"not exported: {modes} snippets (doctest checks >>> sessions only)")
    lines += [f"error: {problem}" for problem in result.problems]
    return lines


def command(cfg: Config, args: Namespace) -> int:
    """``snipcheck export --python X.Y --into FOLDER [paths...]``: 0 when
    done, 1 when some snippet or recording could not be read, 2 when nothing
    could be exported."""
    into = Path(args.into)
    try:
        result = export(cfg, args.python, into, [Path(p) for p in args.paths])
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in summary(result):
        print(line)
    if result.written:
        depth = {key.count("/") for key in result.written}
        pattern = "*/" * depth.pop() if len(depth) == 1 else "**/"
        print(f"check them with: {how_to_run(args.python, f'{into}/{pattern}*.txt')}")
    return 1 if result.problems else 0
