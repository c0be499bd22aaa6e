"""What a page shows of a recording: which groups of versions get a tab,
and how a group of versions is named ("3.8 \u2013 3.12, Pyodide 3.14").

This is display grouping only.  What a ``.rec`` file holds (one variant per
set of interpreters that printed exactly the same) is decided by
``recording`` and does not depend on anything here: a page may group or
order versions differently without touching a recording.
"""

from __future__ import annotations

import re

from . import runtimes
from .recording import Output, Recording


def same_output(outputs: dict[str, Output]) -> list[tuple[list[str], Output]]:
    """The labels that printed the same output, together; groups in the
    order of their oldest label."""
    groups: dict[Output, list[str]] = {}
    for label in sorted(outputs, key=runtimes.version_key):
        groups.setdefault(outputs[label], []).append(label)
    return [(labels, out) for out, labels in groups.items()]


def version_ranges(labels: list[str], order: list[str]) -> str:
    """Join runs of labels that are consecutive in ``order``, one group per
    runtime: "3.8 - 3.10, 3.13, Pyodide 3.14 - 3.15"."""
    position = {label: n for n, label in enumerate(order)}
    runs: list[list[str]] = []
    for label in sorted(labels, key=lambda x: position[x]):
        same_runtime = runs and runtime_title(label) == runtime_title(runs[-1][-1])
        if same_runtime and position[label] == position[runs[-1][-1]] + 1:
            runs[-1].append(label)
        else:
            runs.append([label])
    parts = []
    for run in runs:
        first, last = (runtimes.version_of(run[0]), runtimes.version_of(run[-1]))
        text = first if len(run) == 1 else f"{first} \u2013 {last}"
        runtime = runtime_title(run[0])
        parts.append(f"{runtime} {text}" if runtime else text)
    return ", ".join(parts)


def runtime_title(label: str) -> str:
    """The runtime's name in titles: "" for native CPython, "Pyodide"."""
    return runtimes.of_label(label).title


def shown_variants(rec: Recording) -> list[tuple[list[str], Output]]:
    """The groups of interpreters a page shows, oldest first: every native
    output, then a platform variant (Pyodide) only where it printed
    something else than native CPython of the same version."""
    natives = {k: v for k, v in rec.outputs.items() if not runtimes.of_label(k).platform_variant}
    others = {
        k: v
        for k, v in rec.outputs.items()
        if k not in natives and natives.get(runtimes.version_of(k)) != v
    }
    return same_output(natives) + same_output(others)


# A line that a traceback adds under a frame: the source line it echoes and
# the ~~~^^^ markers (3.11+ under a script's lines, 3.13+ under a session's
# too).  Frames themselves start '  File "'; anything less indented than
# four spaces ends the traceback (the exception line).
_FRAME = re.compile(r'  File "(?:[^"]*/)?([^"/]*)"')
_EXCEPTION = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Warning|Exit|Interrupt))\b")


def undecorated(text: str) -> str:
    """The output without what tracebacks show of the source: the echoed
    lines and their markers, and the folder of a frame's file.  Two
    outputs equal in this form differ only in how their tracebacks are
    decorated, which changed between versions (3.11, 3.13) while the
    error stayed the same."""
    kept = []
    inside = False
    for line in text.split("\n"):
        if line.endswith("Traceback (most recent call last):"):
            inside = True
        elif inside and line.startswith("    "):
            continue
        elif inside and line.startswith("  File "):
            line = _FRAME.sub(r'  File "\1"', line)
        elif inside and not line.startswith("  "):
            inside = False
        kept.append(line)
    return "\n".join(kept)


def merged_variants(rec: Recording) -> list[tuple[list[str], Output]]:
    """Like ``shown_variants``, but versions whose outputs differ only in
    traceback decoration share one group, shown with the output of its
    newest version (today's formatting).  The exact outputs stay in the
    recording, and a page offers them (``shown_variants``)."""

    def key(out: Output) -> tuple[str, int | None]:
        return undecorated(out.text), out.exit

    natives = {k: v for k, v in rec.outputs.items() if not runtimes.of_label(k).platform_variant}
    native_of = {k: natives.get(runtimes.version_of(k)) for k in rec.outputs if k not in natives}
    others = {
        k: rec.outputs[k]
        for k, same in native_of.items()
        if same is None or key(same) != key(rec.outputs[k])
    }
    merged = []
    for outputs in (natives, others):
        groups: dict[tuple[str, int | None], list[str]] = {}
        for label in sorted(outputs, key=runtimes.version_key):
            groups.setdefault(key(outputs[label]), []).append(label)
        merged += [(labels, outputs[labels[-1]]) for labels in groups.values()]
    return merged


def exception_lines(text: str) -> list[str]:
    """The lines of an output that name an exception at their start."""
    return [line for line in text.split("\n") if _EXCEPTION.match(line)]


def what_differs(variants: list[tuple[list[str], Output]], order: list[str]) -> str:
    """A few words on what differs between groups of versions, for the
    line above their tabs: which versions raise what, or that only an
    error's wording, the exit status, what one statement prints, or
    another runtime's output differ."""

    def variant(labels: list[str]) -> bool:
        return runtimes.of_label(labels[0]).platform_variant

    natives = [(labels, out) for labels, out in variants if not variant(labels)]
    others = [x for labels, _ in variants if variant(labels) for x in labels]
    if len(natives) <= 1:
        if not others:
            return ""
        verb = "prints" if len(set(map(runtime_title, others))) == 1 else "print"
        return f"Only {version_ranges(others, order)} {verb} something else."
    text = _native_difference(natives, order)
    if others:
        verb = "differs" if len(set(map(runtime_title, others))) == 1 else "differ"
        text += f" {version_ranges(others, order)} also {verb}."
    return text


def _native_difference(natives: list[tuple[list[str], Output]], order: list[str]) -> str:
    if len({(undecorated(out.text), out.exit) for _, out in natives}) == 1:
        return "Only the way tracebacks are decorated differs."
    errors = [exception_lines(out.text) for _, out in natives]
    kinds = [tuple(sorted({e.split(":")[0] for e in lines})) for lines in errors]
    if len(set(kinds)) > 1:
        by_kind: dict[tuple[str, ...], list[str]] = {}
        for (labels, _), kind in zip(natives, kinds, strict=True):
            by_kind.setdefault(kind, []).extend(labels)
        parts = [
            f"{version_ranges(labels, order)}: {' and '.join(kind) if kind else 'no error'}"
            for kind, labels in by_kind.items()
        ]
        return "Errors differ (" + "; ".join(parts) + ")."
    if len({tuple(e) for e in errors}) > 1:
        names = " and ".join(kinds[0])
        plural = "messages differ" if len(kinds[0]) > 1 else "message differs"
        return f"Only the wording of the {names} {plural}."
    if len({out.exit for _, out in natives}) > 1:
        return "The exit status differs."
    statement = _first_differing_statement([out.text for _, out in natives])
    if statement:
        return f"What `{statement}` prints differs."
    return "The printed results differ."


def _first_differing_statement(texts: list[str]) -> str:
    """In session transcripts, the statement (shortened) whose output is
    the first to differ between them; "" if none can be named."""
    split = [undecorated(t).split("\n") for t in texts]
    statement = ""
    for n, line in enumerate(split[0]):
        if any(n >= len(other) or other[n] != line for other in split[1:]):
            break
        if line.startswith(">>> "):
            statement = line[4:].strip()
    else:
        return ""
    if len(statement) > 40:
        statement = statement[:38].rstrip() + "\u2026"
    return statement


def newest(variants: list[tuple[list[str], Output]]) -> int:
    """Which group holds the newest native CPython (the newest label of all
    where none is native): the tab a page opens first, and the one output
    a page shows when it shows only one."""
    labels = [label for group, _ in variants for label in group]
    natives = [label for label in labels if not runtimes.of_label(label).platform_variant]
    top = max(natives or labels, key=runtimes.version_key)
    return next(n for n, (group, _) in enumerate(variants) if top in group)


def platform(description: str) -> str:
    """ "CPython 3.15.2 (Debian 3.15.2-1, linux-x86_64)" -> "linux-x86_64"."""
    return description.rstrip(")").rsplit(", ", 1)[-1].rsplit("(", 1)[-1]


def verified_on(interpreters: dict[str, str], order: list[str]) -> str:
    """ "3.8 - 3.15 (linux-x86_64) and Pyodide 3.14 - 3.15 (wasm32)" (with en dashes): one
    part per runtime and platform (the last item of each description)."""
    groups: dict[tuple[str, str], list[str]] = {}
    for label in order:
        groups.setdefault((runtime_title(label), platform(interpreters[label])), []).append(label)
    return " and ".join(
        f"{version_ranges(labels, labels)} ({where})" for (_, where), labels in groups.items()
    )
