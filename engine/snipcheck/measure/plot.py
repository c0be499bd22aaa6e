"""Draw the plots of a measurement recording as SVG files beside it.

Two figures per measure snippet, both drawn from the recording alone (this
module never runs anything):

- ``<name>.svg``: every measured column against x, one line per series, as
  measured on one interpreter (the newest native CPython recorded);
- ``<name>.versions.svg``: the first measured column on every interpreter
  recorded, one small panel each on shared axes, so that a version that
  changed something stands out.

Each figure carries its own footnote: interpreter, machine and date.  The
output is byte-for-byte reproducible (fixed hash salt, no timestamp), which
lets a test redraw a plot and compare it with the committed file.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import runtimes
from ..config import Config
from ..recording import replace_file
from ..snippets import Snippet
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


def _axes(ax: Any, table: Table, metric: str, snippet: Snippet, ticks: int = 12) -> None:
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

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
    ax.set_xlabel(label(snippet, x_name))
    ax.set_ylabel(label(snippet, metric))
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


def _save(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buffer.getvalue()


def draw(snippet: Snippet, measured: Measured) -> dict[Path, bytes]:
    """The SVG files for one measure snippet, by path; nothing is written."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    main_path, versions_path = figure_paths(snippet)
    files: dict[Path, bytes] = {}
    with matplotlib.rc_context(_settings()):
        run = main_run(measured)
        table = run.table()
        metrics = table.metrics
        fig, axes = plt.subplots(1, len(metrics), figsize=(4.2 * len(metrics), 3.6), squeeze=False)
        for ax, metric in zip(axes[0], metrics, strict=True):
            _axes(ax, table, metric, snippet)
        _legend(fig, axes[0][0])
        rows = math.ceil(len(table.series()) / 5)
        fig.tight_layout(rect=(0, 0, 1, 1 - 0.3 * rows / 3.6))
        fig.text(0.01, -0.04, footnote([run]), fontsize=8, color="#404040")
        files[main_path] = _save(fig)
        plt.close(fig)

        runs = measured.ordered()
        metric = metrics[0]
        columns = min(4, len(runs))
        rows = math.ceil(len(runs) / columns)
        fig, axes = plt.subplots(
            rows,
            columns,
            figsize=(2.3 * columns + 0.6, 2.2 * rows + 0.6),
            sharex=True,
            sharey=True,
            squeeze=False,
        )
        for n, ax in enumerate(axes.flat):
            if n >= len(runs):
                ax.set_visible(False)
                continue
            _axes(ax, runs[n].table(), metric, snippet, ticks=5)
            ax.set_title(interpreter_name(runs[n]))
            if n % columns:
                ax.set_ylabel("")
            if n < len(runs) - columns:
                ax.set_xlabel("")
        _legend(fig, axes.flat[0])
        lines = math.ceil(len(runs[0].table().series()) / 5)
        fig.tight_layout(rect=(0, 0, 1, 1 - 0.3 * (lines + 0.5) / (2.2 * rows + 0.6)))
        fig.text(0.01, -0.03, footnote(runs), fontsize=8, color="#404040")
        files[versions_path] = _save(fig)
        plt.close(fig)
    return files


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
