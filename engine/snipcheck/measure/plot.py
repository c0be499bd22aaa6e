"""Draw the plots of a measurement recording as SVG files beside it.

Two figures per measure snippet, both drawn from the recording alone (this
module never runs anything):

- ``<name>.svg``: every measured column against x, one line per series, as
  measured on one interpreter (the newest native CPython recorded);
- ``<name>.versions.svg``: the first measured column on every interpreter
  recorded, one small panel each on shared axes, so that a version that
  changed something stands out.

Each figure carries its own footnote: interpreter, machine and date.  The
output is byte-for-byte reproducible (fixed hash salt, no timestamp).

A figure is first decided as plain data (``figures``), then drawn with
matplotlib (``render``).  Every SVG carries a checksum of what it was drawn
from (``inputs_sha256``: that data, the source of this module and of
table.py, and the versions of matplotlib and numpy), so that the tests can
tell a stale plot from a current one without importing matplotlib.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import runtimes
from ..config import Config
from ..recording import replace_file
from ..snippets import Snippet
from . import table as table_module
from .store import Measured, Run, read
from .table import Table, format_value

# Line styles that differ in more than colour (marker and dash too).
_STYLES = [
    ("#0b5cad", "o", "-"),
    ("#c2410c", "s", "--"),
    ("#15803d", "^", "-."),
    ("#7e22ce", "D", ":"),
    ("#525252", "v", (0, (5, 1, 1, 1))),
    ("#a16207", "P", (0, (3, 1))),
]

# Written into the SVG's <metadata> (as its dc:description), near the top.
_MARK = "snipcheck plot inputs sha256:"
_MARKED = re.compile(re.escape(_MARK).encode() + rb"([0-9a-f]{64})")
_HEAD = 4096  # bytes of an SVG that hold its <metadata>


@dataclass(frozen=True)
class Panel:
    """One set of axes: every series of ``table`` for one measured column."""

    table: Table
    metric: str
    title: str = ""


@dataclass(frozen=True)
class Figure:
    """One plot as plain data: everything its SVG shows that comes from the
    recording or the snippet.  ``render`` draws nothing else, and
    ``inputs_sha256`` is a checksum of it, so that drawing and checking
    cannot read different things."""

    path: Path
    versions: bool  # small panels, one per interpreter, on shared axes
    panels: tuple[Panel, ...]
    labels: dict[str, str]  # the axis label of every column shown
    footnote: str


def figure_paths(snippet: Snippet) -> tuple[Path, Path]:
    stem = snippet.path.with_suffix("")
    return stem.with_name(stem.name + ".svg"), stem.with_name(stem.name + ".versions.svg")


def main_run(measured: Measured) -> Run:
    """The run the main figure shows: the newest native interpreter, else the newest."""
    runs = measured.ordered()
    native = [r for r in runs if not runtimes.of_label(r.label).platform_variant]
    return (native or runs)[-1]


def label(snippet: Snippet, column: str) -> str:
    return snippet.labels.get(column, column.replace("_", " "))


def interpreter_name(run: Run) -> str:
    """'3.13' -> 'CPython 3.13', '3.14-pyodide' -> 'CPython 3.14 (Pyodide)'."""
    runtime = runtimes.of_label(run.label)
    title = f" ({runtime.title})" if runtime.title else ""
    return f"CPython {runtimes.version_of(run.label)}{title}"


def footnote(runs: list[Run]) -> str:
    first = runs[0]
    machine = first.machine
    dates = sorted({r.date[:10] for r in runs})
    when = dates[0] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}"
    names = runs[0].interpreter if len(runs) == 1 else f"{len(runs)} interpreters"
    return (
        f"{names} \u00b7 {machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
        f"{machine.get('system', '?')} \u00b7 measured {when}"
    )


def figures(snippet: Snippet, measured: Measured) -> tuple[Figure, Figure]:
    """The two figures of a measure snippet, decided without drawing them."""
    main_path, versions_path = figure_paths(snippet)
    run = main_run(measured)
    table = run.table()
    main = (Panel(table, metric) for metric in table.metrics)
    runs = measured.ordered()
    every = (Panel(r.table(), table.metrics[0], interpreter_name(r)) for r in runs)
    return (
        _figure(snippet, main_path, False, tuple(main), footnote([run])),
        _figure(snippet, versions_path, True, tuple(every), footnote(runs)),
    )


def _figure(
    snippet: Snippet, path: Path, versions: bool, panels: tuple[Panel, ...], note: str
) -> Figure:
    shown = {c for p in panels for c in (p.table.columns[1], p.metric)}
    return Figure(path, versions, panels, {c: label(snippet, c) for c in sorted(shown)}, note)


def inputs_sha256(figure: Figure) -> str:
    """A checksum of everything the figure's SVG depends on: what it shows,
    the code that draws it and the versions of the libraries that do."""
    shown = asdict(figure)
    shown["path"] = figure.path.name  # not where the project happens to be
    inputs = {"figure": shown, "code": _code_sha256(), "libraries": _library_versions()}
    text = json.dumps(inputs, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.cache
def _code_sha256() -> dict[str, str]:
    """This module and table.py (format_value writes the tick labels)."""
    found = {}
    for module in (__file__, table_module.__file__):
        path = Path(module)
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        found[path.name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return found


@functools.cache
def _library_versions() -> dict[str, str]:
    """The versions of what draws, read without importing it."""
    found = {}
    for name in ("matplotlib", "numpy"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def drawn_from(path: Path) -> str | None:
    """The inputs checksum an SVG carries, or None where there is no file or
    no checksum in it."""
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD)
    except FileNotFoundError:
        return None
    found = _MARKED.search(head)
    return found.group(1).decode() if found else None


def is_current(figure: Figure) -> bool:
    """Whether the SVG file at the figure's path was drawn from these inputs,
    judged by the checksum it carries, without drawing it again.  A hand edit
    of an SVG that leaves the checksum in place is not seen; a test
    (tests/test_measurement.py) redraws one committed plot with matplotlib and
    compares bytes, so that drawing stays reproducible."""
    return drawn_from(figure.path) == inputs_sha256(figure)


def _axes(ax: Any, figure: Figure, panel: Panel, ticks: int) -> None:
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    table, metric = panel.table, panel.metric
    x_name = table.columns[1]
    for n, series in enumerate(table.series()):
        colour, marker, dash = _STYLES[n % len(_STYLES)]
        points = table.points(series, metric)
        ax.plot(
            [x for x, _ in points],
            [max(v, 1e-12) for _, v in points],
            color=colour,
            marker=marker,
            linestyle=dash,
            markersize=4,
            linewidth=1.6,
            label=series,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    index = table.metrics.index(metric)
    values = [row[index] for _, _, row in table.rows if row[index] > 0]
    # Within about one power of ten, ticks at 1, 2 and 5 times each power.
    narrow = not values or max(values) / min(values) < 30
    for axis, column in ((ax.xaxis, x_name), (ax.yaxis, metric)):
        subs = (1.0, 2.0, 5.0) if narrow and axis is ax.yaxis else (1.0,)
        axis.set_major_locator(LogLocator(base=10, subs=subs, numticks=ticks))
        axis.set_major_formatter(FuncFormatter(lambda v, _, c=column: format_value(c, v)))
        axis.set_minor_formatter(NullFormatter())
    ax.grid(True, which="major", color="#d4d4d4", linewidth=0.6)
    ax.set_xlabel(figure.labels[x_name])
    ax.set_ylabel(figure.labels[metric])
    if panel.title:
        ax.set_title(panel.title)
    ax.spines[["top", "right"]].set_visible(False)


def _legend(fig: Any, ax: Any) -> None:
    """One legend above all the panels, where it hides no line."""
    handles, names = ax.get_legend_handles_labels()
    columns = min(len(names), 5)
    fig.legend(handles, names, loc="upper center", ncols=columns, frameon=False)


def _settings() -> Any:  # matplotlib types the keys as a Literal of every setting
    return {
        "svg.fonttype": "none",  # text stays text: searchable, and sharp at any size
        "svg.hashsalt": "snipcheck",
        "font.family": "sans-serif",
        "font.size": 10,
        "axes.titlesize": 10,
        "figure.facecolor": "white",
    }


def _main(plt: Any, figure: Figure) -> Any:
    panels = figure.panels
    fig, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels), 3.6), squeeze=False)
    for ax, panel in zip(axes[0], panels, strict=True):
        _axes(ax, figure, panel, ticks=12)
    _legend(fig, axes[0][0])
    rows = math.ceil(len(panels[0].table.series()) / 5)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.3 * rows / 3.6))
    fig.text(0.01, -0.04, figure.footnote, fontsize=8, color="#404040")
    return fig


def _versions(plt: Any, figure: Figure) -> Any:
    panels = figure.panels
    columns = min(4, len(panels))
    rows = math.ceil(len(panels) / columns)
    fig, axes = plt.subplots(
        rows,
        columns,
        figsize=(2.3 * columns + 0.6, 2.2 * rows + 0.6),
        sharex=True,
        sharey=True,
        squeeze=False,
    )
    for n, ax in enumerate(axes.flat):
        if n >= len(panels):
            ax.set_visible(False)
            continue
        _axes(ax, figure, panels[n], ticks=5)
        if n % columns:
            ax.set_ylabel("")
        if n < len(panels) - columns:
            ax.set_xlabel("")
    _legend(fig, axes.flat[0])
    lines = math.ceil(len(panels[0].table.series()) / 5)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.3 * (lines + 0.5) / (2.2 * rows + 0.6)))
    fig.text(0.01, -0.03, figure.footnote, fontsize=8, color="#404040")
    return fig


def render(figure: Figure) -> bytes:
    """The SVG of one figure, with the checksum of its inputs in its metadata."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    with matplotlib.rc_context(_settings()):
        fig = (_versions if figure.versions else _main)(plt, figure)
        buffer = io.BytesIO()
        note = {"Date": None, "Description": _MARK + inputs_sha256(figure)}
        fig.savefig(buffer, format="svg", metadata=note, bbox_inches="tight")
        plt.close(fig)
    return buffer.getvalue()


def draw(snippet: Snippet, measured: Measured) -> dict[Path, bytes]:
    """The SVG files for one measure snippet, by path; nothing is written."""
    return {figure.path: render(figure) for figure in figures(snippet, measured)}


def redraw(config: Config, chosen: list[Snippet], say: Callable[[str], None]) -> int:
    """Draw the plots of these measure snippets where they changed; how many changed."""
    changed = 0
    for snippet in chosen:
        data = read(snippet.measured_path, config.commands["measure"])
        if data is None or not data.runs:
            redo = config.command("measure", [snippet.path])
            say(f"no plot for {snippet.key}: it has not been measured ({redo})")
            continue
        for path, content in draw(snippet, data).items():
            if path.exists() and path.read_bytes() == content:
                continue
            replace_file(path, content)
            changed += 1
            say(f"drew {path.relative_to(config.root)}")
    return changed
