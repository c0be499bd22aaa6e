"""Sphinx extension: the ``snippet`` directive, which shows a recorded snippet.

Usage in a MyST page::

    ```{snippet} slicing/step
    ```

It shows the code and what each interpreter printed, taken from the
recording; nothing is run during a build.  Where interpreters disagree, each
group gets a tab labelled with its versions.  The snippet and its recording
are declared as dependencies, so editing either rebuilds exactly the pages
that show it.  Every page with snippets ends with a note naming the
interpreters its outputs came from and the date they were last recorded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from . import config as config_mod
from . import display, recording, runtimes, snippets
from .measure import plot as plotting
from .measure import store as measured
from .measure.table import MeasurementError, format_value, parse_claim
from .recording import Output, Recording

logger = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("static")


def _engine(app: Sphinx) -> config_mod.Config:
    """The project's [tool.snipcheck] settings (from the nearest
    pyproject.toml at or above conf.py; defaults where there is none)."""
    cached: config_mod.Config | None = getattr(app, "_snipcheck_config", None)
    if cached is None:
        try:
            cached = config_mod.load(config_mod.find_root(Path(app.confdir)))
        except FileNotFoundError:
            cached = config_mod.load_defaults(Path(app.confdir))
        app._snipcheck_config = cached  # type: ignore[attr-defined]
    return cached


def _fence(text: str, char: str = "`") -> str:
    longest = max((len(m) for m in re.findall(re.escape(char) + "+", text)), default=0)
    return char * max(3, longest + 1)


def _code(language: str, text: str, css: str = "") -> str:
    fence = _fence(text)
    options = f":class: {css}\n" if css else ""
    return f"{fence}{{code-block}} {language}\n{options}\n{text.rstrip(chr(10))}\n{fence}\n"


class _SnippetDirective(SphinxDirective):
    """A directive whose argument names a snippet: ``<topic>/<name>``."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def load_snippet(self, *recordings: str) -> snippets.Snippet | None:
        """The snippet, with it and its recordings (by suffix) noted as
        dependencies of the page; None, reported, when it cannot be read."""
        folder = Path(self.config.snipcheck_snippets)
        key = self.arguments[0].removesuffix(".py")
        path = folder / f"{key}.py"
        if not path.is_file():
            logger.error(
                "snippet %r not found: there is no %s", key, path, location=self.get_location()
            )
            return None
        self.env.note_dependency(str(path))
        for suffix in recordings:
            self.env.note_dependency(str(path.with_suffix(suffix)))
        try:
            return snippets.load(path, folder)
        except snippets.SnippetError as exc:
            logger.error("%s", exc, location=self.get_location())
            return None


class SnippetDirective(_SnippetDirective):
    """Show a snippet and its recorded output."""

    def run(self) -> list[nodes.Node]:
        snippet = self.load_snippet(".rec")
        if snippet is None:
            return []
        key, path = snippet.key, snippet.path
        try:
            rec = recording.read(snippet.recording_path, _engine(self.env.app).commands["record"])
        except recording.RecordingError as exc:
            logger.error("%s", exc, location=self.get_location())
            return []
        if rec is None or not rec.outputs:
            logger.error(
                "snippet %r has no recording yet; run: %s",
                key,
                _engine(self.env.app).command("record", [path]),
                location=self.get_location(),
            )
            return []
        container = nodes.container(classes=["snipcheck", f"snipcheck-{snippet.mode}"])
        container["snipcheck_interpreters"] = dict(rec.interpreters)
        container["snipcheck_recorded"] = rec.recorded
        container += self.parse_text_to_nodes(self._markdown(snippet, rec, path))
        wanted = self.config.snipcheck_data_outputs
        container += nodes.raw("", data_block(snippet, rec, wanted), format="html")
        return [container]

    def _markdown(self, snippet: snippets.Snippet, rec: Recording, path: Path) -> str:
        order = sorted(rec.interpreters, key=runtimes.version_key)
        variants = display.shown_variants(rec)
        natives = [
            n for n, (labels, _) in enumerate(variants) if not display.runtime_title(labels[0])
        ]
        parts = []
        if snippet.mode == "script":
            parts.append(_code("python", snippet.body))

        def render(out: Output) -> str:
            if snippet.mode == "session":
                return _code("pycon", out.text)
            status = f" (exit status {out.exit})" if out.exit else ""
            return f"Output{status}:\n\n" + _code("text", out.text, "snipcheck-output")

        if len(variants) == 1:
            parts.append(render(variants[0][1]))
        else:
            tabs = []
            for n, (labels, out) in enumerate(variants):
                title = display.version_ranges(labels, order)
                if runtimes.of_label(labels[0]).platform_variant:
                    title += f" ({display.platform(rec.interpreters[labels[0]])})"  # "(wasm32)"
                # The newest native CPython's tab is the one open at first.
                selected = ":selected:\n" if n == (natives or [len(variants) - 1])[-1] else ""
                classes = " ".join(f"snipcheck-v-{label}" for label in labels)
                body = render(out)
                kinds = {runtimes.of_label(label).name for label in labels}
                note = self.config.snipcheck_runtime_notes.get(kinds.pop(), "")
                if note and not kinds:
                    body += f"\n{{.snipcheck-runtime-note}}\n{note}\n"
                fence = _fence(body, ":")
                tabs.append(
                    f"{fence}{{tab-item}} {title}\n:class-label: {classes}\n{selected}\n"
                    f"{body}\n{fence}\n"
                )
            inner = "\n".join(tabs)
            fence = ":" * (len(_fence(inner, ":")) + 1)
            parts.append(f"{fence}{{tab-set}}\n:class: snipcheck-versions\n\n{inner}\n{fence}\n")
        docdir = Path(self.env.doc2path(self.env.docname)).parent
        source = os.path.relpath(path.resolve(), docdir.resolve())
        where = display.verified_on(rec.interpreters, order)
        # Needs MyST's "attrs_block" extension for the class line.
        parts.append(
            "{.snipcheck-meta}\n"
            f"Verified on CPython {where}"
            f" \u00b7 recorded {rec.recorded}"
            f"{not_everywhere(snippet)}"
            f" \u00b7 source: {{download}}`{snippet.filename} <{source}>`\n"
        )
        return "\n".join(parts)


class MeasurementDirective(_SnippetDirective):
    """Show a measure snippet: its plots, its claims, its code and what each
    interpreter printed, all from the measurement recording."""

    def run(self) -> list[nodes.Node]:
        snippet = self.load_snippet(".measured.json")
        if snippet is None:
            return []
        key, path = snippet.key, snippet.path
        try:
            data = measured.read(snippet.measured_path, _engine(self.env.app).commands["measure"])
        except measured.MeasuredError as exc:
            logger.error("%s", exc, location=self.get_location())
            return []
        if snippet.mode != "measure":
            logger.error(
                "%s is not a '# mode: measure' snippet; show it with {snippet}",
                key,
                location=self.get_location(),
            )
            return []
        if data is None or not data.runs:
            logger.error(
                "snippet %r has not been measured yet; run: %s",
                key,
                _engine(self.env.app).command("measure", [path]),
                location=self.get_location(),
            )
            return []
        figures = plotting.figure_paths(snippet)
        for figure in figures:
            self.env.note_dependency(str(figure))
            if not figure.is_file():
                logger.error(
                    "%s is missing; draw it with: %s",
                    figure,
                    _engine(self.env.app).command("plot", [path]),
                    location=self.get_location(),
                )
                return []
        try:
            text = self._markdown(snippet, data, figures, path)
        except MeasurementError as exc:
            logger.error("%s: %s", snippet.measured_path, exc, location=self.get_location())
            return []
        container = nodes.container(classes=["snipcheck", "snipcheck-measurement"])
        container["snipcheck_interpreters"] = {r.label: r.interpreter for r in data.ordered()}
        container["snipcheck_recorded"] = max(r.date[:10] for r in data.ordered())
        container += self.parse_text_to_nodes(text)
        return [container]

    def _markdown(
        self,
        snippet: snippets.Snippet,
        data: measured.Measured,
        figures: tuple[Path, Path],
        path: Path,
    ) -> str:
        docdir = Path(self.env.doc2path(self.env.docname)).parent.resolve()
        main = plotting.main_run(data)
        table = main.table()
        x_column = table.columns[1]
        x_name = _bare(plotting.label(snippet, x_column))
        metrics = " and ".join(_bare(plotting.label(snippet, m)) for m in table.metrics)
        runs = data.ordered()
        order = [r.label for r in runs]
        parts = []
        alt = (
            f"Log-log plot of {metrics} against {x_name} on {plotting.interpreter_name(main)}, "
            f"one line per case: {', '.join(table.series())}. The numbers are below the plot."
        )
        caption = (
            f"{metrics[:1].upper()}{metrics[1:]} against {x_name} on "
            f"{plotting.interpreter_name(main)}, the newest native CPython measured. "
            "The other interpreters are under \u201cThe same measurement on every "
            "interpreter\u201d, the numbers under \u201cWhat each interpreter printed\u201d."
        )
        if main.label == order[-1] or "-" in main.label:
            caption = caption.replace(", the newest native CPython measured", "")
        parts.append(
            f":::{{figure}} {os.path.relpath(figures[0], docdir)}\n:alt: {alt}\n"
            f":figclass: snipcheck-plot\n\n{caption}\n:::\n"
        )
        claims = []
        for _, text in snippet.claims:
            claim = parse_claim(text)
            holds = [r.label for r in runs if claim.check(r.table())[0]]
            fails = [r.label for r in runs if r.label not in holds]
            metric = _bare(plotting.label(snippet, claim.metric))
            sentence = claim.words(metric, x_name, x_column)
            if claim.other:
                sentence = sentence.replace(f"for {claim.other}", f"for `{claim.other}`", 1)
            where = f"holds on {display.version_ranges(holds, order)}" if holds else "holds nowhere"
            if fails:
                where += f"; fails on {display.version_ranges(fails, order)}"
            claims.append(f"- `{claim.series}`: {sentence} ({where}).")
        if claims:
            parts.append(
                "{.snipcheck-claims-intro}\nWhat these numbers show, checked by the test suite "
                "against the recorded numbers (claims on sizes and memory also against a quick "
                "run on every interpreter; claims on time again whenever it is re-measured):\n\n"
                + "\n".join(claims)
                + "\n"
            )
        alt = (
            f"Small plots of {_bare(plotting.label(snippet, table.metrics[0]))} against "
            f"{x_name}, one per interpreter: {', '.join(order)}."
        )
        parts.append(
            f"::::{{dropdown}} The same measurement on every interpreter\n\n"
            f":::{{figure}} {os.path.relpath(figures[1], docdir)}\n:alt: {alt}\n"
            f":figclass: snipcheck-plot\n\nOne panel per interpreter, on the same axes: "
            f"{_bare(plotting.label(snippet, table.metrics[0]))} against {x_name}.\n:::\n::::\n"
        )
        source = os.path.relpath(path.resolve(), docdir)
        code = _code("python", snippet.body)
        fence = _fence(code, ":")
        parts.append(
            f"{fence}{{dropdown}} The code that measured it ({snippet.filename})\n\n{code}\n"
            f"Run it yourself with `python {snippet.filename}`, or `python {snippet.filename} "
            f"--quick` for the small version the tests run.\n{fence}\n"
        )
        tabs = []
        for run in runs:
            title = display.version_ranges([run.label], order)
            selected = ":selected:\n" if run is main else ""
            load = f"{run.load[0]:.2f} before, {run.load[1]:.2f} after"
            body = (
                f"{run.interpreter}, measured {run.date} in {run.seconds:g} s "
                f"(load average {load}):\n\n" + _code("text", run.output, "snipcheck-output")
            )
            inner_fence = _fence(body, ":")
            tabs.append(f"{inner_fence}{{tab-item}} {title}\n{selected}\n{body}\n{inner_fence}\n")
        inner = "\n".join(tabs)
        fence = ":" * (len(_fence(inner, ":")) + 1)
        outer = ":" * (len(fence) + 1)
        parts.append(
            f"{outer}{{dropdown}} What each interpreter printed\n\n"
            f"{fence}{{tab-set}}\n:class: snipcheck-versions\n\n{inner}\n{fence}\n{outer}\n"
        )
        parts.append(
            "{.snipcheck-meta}\n"
            f"Measured on {display.version_ranges(order, order)}"
            f"{not_everywhere(snippet)}"
            f" \u00b7 source: {{download}}`{snippet.filename} <{source}>`"
            f" \u00b7 data: {{download}}`{snippet.measured_path.name} "
            f"<{os.path.relpath(snippet.measured_path.resolve(), docdir)}>`\n"
        )
        return "\n".join(parts)


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
        message = inliner.reporter.error(f"{{measured}}`{text}`: {why}", line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]

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
            command = _engine(env.app).command("measure", [path])
            return fail(f"{key} has not been measured yet ({command})")
        table = plotting.main_run(data).table()
        names = series.split("/")
        values = []
        for one in names:
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
    node = nodes.inline(rawtext, shown, classes=["snipcheck-measured"])
    return [node], []


def _ratio(value: float) -> str:
    """Two significant figures, never in exponent form: 0.52x, 3.1x, 24x, 5,700x."""
    if value >= 10:
        digits = len(str(int(value))) - 2
        return f"{round(value, -digits):,.0f}x"
    return f"{value:.2g}x"


def _bare(label: str) -> str:
    """An axis label without its unit: "time per slice (s)" -> "time per slice"."""
    return re.sub(r"\s*\([^)]*\)$", "", label)


def not_everywhere(snippet: snippets.Snippet) -> str:
    """Why the snippet is not verified on some interpreters, for the meta line."""
    notes = [
        f" \u00b7 not run on {runtime.capitalize()}: {why}"
        for runtime, why in snippet.not_on.items()
    ]
    if snippet.requires:
        needs = ", ".join(snippet.requires)
        notes.append(f" \u00b7 needs {needs}: not verified where it cannot be imported")
    return "".join(notes)


def data_block(snippet: snippets.Snippet, rec: Recording, wanted: list[str] | None = None) -> str:
    """The snippet and its recordings as JSON, for scripts in the page (the
    Run button reads it); no HTML is built from it on the server side.
    ``wanted`` limits the outputs to those labels, to keep pages small."""
    data = {
        "key": snippet.key,
        "mode": snippet.mode,
        "filename": snippet.filename,
        "code": snippet.body,
        "requires": list(snippet.requires),
        "interpreters": rec.interpreters,
        "labels": {
            k: {"version": runtimes.version_of(k), "runtime": runtimes.of_label(k).title}
            for k in rec.interpreters
        },
        "outputs": {
            k: {"text": v.text, "exit": v.exit}
            for k, v in rec.outputs.items()
            if wanted is None or k in wanted
        },
    }
    # No "<" may reach the page raw: "</script>" would end the element, and
    # "<!--<script>" would make the parser run past its real end.
    text = json.dumps(data, ensure_ascii=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return f'<script type="application/json" class="snipcheck-data">{text}</script>'


def copy_assets(app: Sphinx, exception: Exception | None) -> None:
    """Put snipcheck.js in _static without touching html_static_path (see
    drop_repeated_static_paths for why that matters)."""
    if exception is None and app.builder.format == "html":
        target = Path(app.outdir) / "_static"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(STATIC / "snipcheck.js", target / "snipcheck.js")


def add_page_note(app: Sphinx, doctree: nodes.document) -> None:
    """End every page that shows snippets with where its outputs came from."""
    interpreters: dict[str, str] = {}
    dates: list[str] = []
    for node in doctree.findall(nodes.container):
        if "snipcheck_interpreters" in node:
            interpreters.update(node["snipcheck_interpreters"])
            dates.append(node["snipcheck_recorded"])
    if not interpreters:
        return
    order = sorted(interpreters, key=runtimes.version_key)
    names = ", ".join(interpreters[label] for label in order)
    note = nodes.paragraph(classes=["snipcheck-page-note"])
    note += nodes.Text(
        f"Every output on this page was printed by a real interpreter: {names}. "
        f"The recordings were last updated on {max(dates)}."
    )
    sections = list(doctree.findall(nodes.section))
    (sections[0] if sections else doctree).append(note)


def drop_repeated_static_paths(app: Sphinx) -> None:
    """Keep incremental builds incremental.

    sphinx-design and sphinx-copybutton append their static folders to
    ``html_static_path`` when the builder starts, after Sphinx has compared
    the configuration with the one saved by the last build.  The saved list
    then always differs and every build reads every page again.  A site that
    lists those folders itself in conf.py, with this dropping the repeats,
    keeps the two lists equal.
    """
    paths = getattr(app.config, "html_static_path", None)
    if paths is not None:
        paths[:] = list(dict.fromkeys(paths))


def resolve_snippets_folder(app: Sphinx, config: Any) -> None:
    """A relative ``snipcheck_snippets`` is relative to the folder of conf.py.

    Dependencies must be absolute: Sphinx reads relative ones against the
    source folder, finds nothing there, and then rebuilds every page.
    """
    folder = Path(config.snipcheck_snippets)
    config.snipcheck_snippets = str((Path(app.confdir) / folder).resolve())


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("snipcheck_snippets", "snippets", "env", [str])
    # A note shown in a tab that holds only one runtime's outputs, keyed by
    # runtime ("pyodide"), e.g. to say which differences the platform causes.
    app.add_config_value("snipcheck_runtime_notes", {}, "env", [dict])
    # Which recorded outputs the page's JSON data carries (None: all of them).
    app.add_config_value("snipcheck_data_outputs", None, "env", [list, type(None)])
    app.add_directive("snippet", SnippetDirective)
    app.add_directive("measurement", MeasurementDirective)
    app.add_role("measured", measured_role)
    app.connect("config-inited", resolve_snippets_folder)
    app.connect("doctree-read", add_page_note)
    app.connect("builder-inited", drop_repeated_static_paths, priority=900)
    app.add_js_file("snipcheck.js")
    app.connect("build-finished", copy_assets)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
