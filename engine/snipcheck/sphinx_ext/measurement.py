"""The ``measurement`` directive (a measure snippet's plots, claims, code
and outputs) and the ``measured`` role (one of its numbers, in prose), all
from the measurement recording."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from docutils import nodes

from .. import display, snippets
from ..measure import plot as plotting
from ..measure import store as measured
from ..measure.table import Claim, MeasurementError, format_value, parse_claim
from .common import ExampleDirective, code, not_everywhere, project, role_failure
from .widgets import details, tab, tabs


class MeasurementDirective(ExampleDirective):
    """Show a measure snippet: its plots, its claims, its code and what each
    interpreter printed."""

    def run(self) -> list[nodes.Node]:
        snippet = self.load_snippet(".measured.json")
        if snippet is None:
            return []
        key, path = snippet.key, snippet.path
        try:
            data = measured.read(snippet.measured_path, self.project.commands["measure"])
        except measured.MeasuredError as exc:
            return self.fail("%s", exc)
        if snippet.mode != "measure":
            return self.fail(
                "%s is not a '# mode: measure' snippet; show it with the snippet directive", key
            )
        if data is None or not data.runs:
            command = self.project.command("measure", [path])
            return self.fail("snippet %r has not been measured yet; run: %s", key, command)
        figures = plotting.figure_paths(snippet)
        for figure in figures:
            self.env.note_dependency(str(figure))
            if not figure.is_file():
                command = self.project.command("plot", [path])
                return self.fail("%s is missing; draw it with: %s", figure, command)
        node = self.example(snippet, "measurement")
        node["snipcheck_interpreters"] = {r.label: r.interpreter for r in data.ordered()}
        node["snipcheck_recorded"] = max(r.date[:10] for r in data.ordered())
        try:
            node += self.parts(snippet, data, figures)
        except MeasurementError as exc:
            return self.fail("%s: %s", snippet.measured_path, exc)
        return [node]

    def parts(
        self, snippet: snippets.Snippet, data: measured.Measured, figures: tuple[Path, Path]
    ) -> list[nodes.Node]:
        main = plotting.main_run(data)
        table = main.table()
        x_column = table.columns[1]
        x_name = _bare(plotting.label(snippet, x_column))
        metrics = " and ".join(_bare(plotting.label(snippet, m)) for m in table.metrics)
        first_metric = _bare(plotting.label(snippet, table.metrics[0]))
        runs = data.ordered()
        order = [r.label for r in runs]
        where = plotting.interpreter_name(main)
        caption = (
            f"{metrics[:1].upper()}{metrics[1:]} against {x_name} on {where}, the newest "
            "native CPython measured. The other interpreters are under \u201cThe same "
            "measurement on every interpreter\u201d, the numbers under \u201cWhat each "
            "interpreter printed\u201d."
        )
        if main.label == order[-1] or "-" in main.label:
            caption = caption.replace(", the newest native CPython measured", "")
        parts: list[nodes.Node] = [
            self.figure(
                figures[0],
                f"Log-log plot of {metrics} against {x_name} on {where}, one line per "
                f"case: {', '.join(table.series())}. The numbers are below the plot.",
                caption,
            )
        ]
        claims = [
            self.claim(parse_claim(text), snippet, data, x_name, x_column)
            for _, text in snippet.claims
        ]
        if claims:
            parts.append(
                nodes.paragraph(
                    "",
                    "What these numbers show, checked by the test suite against the recorded "
                    "numbers (claims on sizes and memory also against a quick run on every "
                    "interpreter; claims on time again whenever it is re-measured):",
                    classes=["snipcheck-claims-intro"],
                )
            )
            parts.append(nodes.bullet_list("", *claims, bullet="-"))
        every = self.figure(
            figures[1],
            f"Small plots of {first_metric} against {x_name}, one per interpreter: "
            f"{', '.join(order)}.",
            f"One panel per interpreter, on the same axes: {first_metric} against {x_name}.",
        )
        parts.append(details("The same measurement on every interpreter", [every]))
        name = snippet.filename
        run_it = nodes.paragraph(
            "",
            "Run it yourself with ",
            nodes.literal("", f"python {name}"),
            nodes.Text(", or "),
            nodes.literal("", f"python {name} --quick"),
            nodes.Text(" for the small version the tests run."),
        )
        parts.append(
            details(f"The code that measured it ({name})", [code(snippet.body, "python"), run_it])
        )
        outputs = []
        for run in runs:
            load = f"{run.load[0]:.2f} before, {run.load[1]:.2f} after"
            said = (
                f"{run.interpreter}, measured {run.date} in {run.seconds:g} s "
                f"(load average {load}):"
            )
            body = [nodes.paragraph("", said), code(run.output, "text", "snipcheck-output")]
            title = display.version_ranges([run.label], order)
            outputs.append(tab(title, body, selected=run is main))
        printed = tabs(outputs, label="Output by interpreter", classes=["snipcheck-versions"])
        parts.append(details("What each interpreter printed", [printed]))
        meta = nodes.paragraph(
            "",
            f"Measured on {display.version_ranges(order, order)}{not_everywhere(snippet)}"
            " \u00b7 source: ",
            self.download(snippet.path),
            nodes.Text(" \u00b7 data: "),
            self.download(snippet.measured_path),
            classes=["snipcheck-meta"],
        )
        parts.append(meta)
        return parts

    def figure(self, path: Path, alt: str, caption: str) -> nodes.figure:
        """A plot; Sphinx copies the image into ``_images``."""
        docdir = Path(self.env.doc2path(self.env.docname)).parent.resolve()
        image = nodes.image(
            "", uri=Path(os.path.relpath(path.resolve(), docdir)).as_posix(), alt=alt
        )
        return nodes.figure("", image, nodes.caption(caption, caption), classes=["snipcheck-plot"])

    def claim(
        self,
        claim: Claim,
        snippet: snippets.Snippet,
        data: measured.Measured,
        x_name: str,
        x_column: str,
    ) -> nodes.list_item:
        """One claim, with the interpreters it holds on and fails on."""
        runs = data.ordered()
        order = [r.label for r in runs]
        holds = [r.label for r in runs if claim.check(r.table())[0]]
        fails = [r.label for r in runs if r.label not in holds]
        metric = _bare(plotting.label(snippet, claim.metric))
        sentence = claim.words(metric, x_name, x_column)
        where = f"holds on {display.version_ranges(holds, order)}" if holds else "holds nowhere"
        if fails:
            where += f"; fails on {display.version_ranges(fails, order)}"
        item = nodes.paragraph("", "", nodes.literal("", claim.series), nodes.Text(": "))
        before, other, after = (
            sentence.partition(f"for {claim.other}") if claim.other else (sentence, "", "")
        )
        item += nodes.Text(before)
        if other:
            item += [nodes.Text("for "), nodes.literal("", claim.other)]
        item += nodes.Text(f"{after} ({where}).")
        return nodes.list_item("", item)


def measured_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """A number from a measurement recording, for prose, so that the text
    changes when the numbers are measured again:

    - ``{measured}`performance/slicing bytes[1:] seconds 1e8``` is the value of
      that series and column at that x, with its unit ("57.9 ms");
    - ``{measured}`performance/slicing bytes[1:]/view[1:] seconds 1e8``` is
      the ratio of two series at that x ("566x").

    Values come from the run the main plot shows (the newest native CPython).
    """
    env = inliner.document.settings.env
    folder = Path(env.config.snipcheck_snippets)

    def fail(why: str) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        return role_failure(inliner, rawtext, "measured", text, why, lineno)

    words = text.split()
    if len(words) != 4:
        return fail("write `<snippet> <series>[/<series>] <column> <x>`")
    key, series, column, x_text = words
    path = folder / f"{key}.py"
    try:
        x = float(x_text)
        snippet = snippets.load(path, folder)
        env.note_dependency(str(path))
        env.note_dependency(str(snippet.measured_path))
        data = measured.read(snippet.measured_path)
        if data is None or not data.runs:
            command = project(env.config).command("measure", [path])
            return fail(f"{key} has not been measured yet ({command})")
        table = plotting.main_run(data).table()
        values = []
        for one in series.split("/"):
            found = [v for at, v in table.points(one, column) if at == x]
            if not found:
                return fail(f"{one} has no {column} value at {x_text}")
            values.append(found[0])
    except (OSError, ValueError) as exc:
        return fail(str(exc))
    if len(values) == 2:
        shown = _ratio(values[0] / values[1]) if values[1] else "an infinite number of times"
    else:
        shown = format_value(column, values[0])
    return [nodes.inline(rawtext, shown, classes=["snipcheck-measured"])], []


def _ratio(value: float) -> str:
    """Two significant figures, never in exponent form: 0.52x, 3.1x, 24x, 5,700x."""
    if value >= 10:
        digits = len(str(int(value))) - 2
        return f"{round(value, -digits):,.0f}x"
    return f"{value:.2g}x"


def _bare(label: str) -> str:
    """An axis label without its unit: "time per slice (s)" -> "time per slice"."""
    return re.sub(r"\s*\([^)]*\)$", "", label)
