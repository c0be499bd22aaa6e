"""What a page shows of a recording: which groups of versions get a tab,
and how a group of versions is named ("3.8 \u2013 3.12, Pyodide 3.14").

This is display grouping only.  What a ``.rec`` file holds (one variant per
set of interpreters that printed exactly the same) is decided by
``recording`` and does not depend on anything here: a page may group or
order versions differently without touching a recording.
"""

from __future__ import annotations

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
