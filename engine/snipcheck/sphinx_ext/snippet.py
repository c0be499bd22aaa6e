"""The ``snippet`` directive: a snippet's code and what each interpreter
printed, from its recording; nothing runs during a build."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from .. import display, runtimes, snippets
from ..recording import Output, Recording
from .common import ExampleDirective, code, not_everywhere
from .widgets import details, tab, tabs

Variants = list[tuple[list[str], Output]]

# What a snippet shows (``:show:``).  For a script, "code" is the code and
# "output" what it printed; for a session, "code" is the statements it
# types (a Python block, so that nothing suggests they print nothing) and
# "output" the whole transcript, the same as "both".
SHOW = ("both", "code", "output")


def _newest(rec: Recording) -> Variants:
    variants = display.shown_variants(rec)
    return [variants[display.newest(variants)]]


# How outputs that differ between versions are shown (``:versions:``): each
# view gives the groups of versions a page shows, oldest first; more than
# one group makes one tab each.  Another view is one more entry here.
VERSION_VIEWS: dict[str, Callable[[Recording], Variants]] = {
    # A tab per group of versions whose outputs differ in more than how
    # tracebacks are decorated, each showing its newest version's output;
    # each version's exact output is one click away.
    "tabs": display.merged_variants,
    # A tab per group of versions that printed exactly the same (for an
    # example about the decoration itself).
    "exact": display.shown_variants,
    # Only what the newest native CPython printed; the meta line says so.
    "newest": _newest,
}
# Opens what a page shows in a view that merges versions: every exact output.
EXACT_SUMMARY = "Each version's exact output"


def _choice(values: tuple[str, ...]) -> Callable[[str], str]:
    """An option converter: one of ``values``, or an error naming them."""

    def check(argument: str) -> str:
        return directives.choice(argument, values)

    return check


class SnippetDirective(ExampleDirective):
    """Show a snippet and its recorded output."""

    option_spec: ClassVar[dict[str, Any]] = {
        **ExampleDirective.option_spec,
        "show": _choice(SHOW),
        "versions": _choice(tuple(VERSION_VIEWS)),
        # A few words on what differs between the tabs, instead of the
        # engine's own (display.what_differs).
        "differs": directives.unchanged_required,
    }

    def run(self) -> list[nodes.Node]:
        loaded = self.load_recorded()
        if loaded is None:
            return self.unrecorded
        snippet, rec = loaded
        show = self.options.get("show", "both")
        view = self.options.get("versions", "tabs")
        variants = VERSION_VIEWS[view](rec)
        node = self.example(snippet, snippet.mode)
        node["snipcheck_interpreters"] = dict(rec.interpreters)
        node["snipcheck_recorded"] = rec.recorded
        if show == "code" or (show == "both" and snippet.mode == "script"):
            node += code(snippet.body, "python")
        if show != "code":
            node += self.outputs(snippet, rec, variants, self.options.get("differs"))
        exact = display.shown_variants(rec)
        tools = self.meta(snippet, rec, (variants, exact) if show != "code" else None)
        tools += [nodes.Text(" "), self.permalink(node)]
        node += tools
        if show != "code" and view == "tabs" and variants != exact:
            # The merged groups show their newest output: every version's
            # own stays one click away, never altered.
            node += details(
                EXACT_SUMMARY, self.outputs(snippet, rec, exact, None), classes=["snipcheck-exact"]
            )
        wanted = self.config.snipcheck_data_outputs
        node += nodes.raw("", data_block(snippet, rec, wanted), format="html")
        return [node]

    def outputs(
        self, snippet: snippets.Snippet, rec: Recording, variants: Variants, differs: str | None
    ) -> list[nodes.Node]:
        """The outputs shown: one, or a tab for each group of versions under
        a line saying what differs between them (``differs``, or the
        engine's own words when None)."""

        def shown(out: Output) -> list[nodes.Node]:
            if snippet.mode == "session":
                return [code(out.text, "pycon")]
            status = f" (exit status {out.exit})" if out.exit else ""
            if not out.text:
                return [nodes.paragraph("", f"It prints nothing{status}.")]
            return [
                nodes.paragraph("", f"Output{status}:"),
                code(out.text, "text", "snipcheck-output"),
            ]

        if len(variants) == 1:
            return shown(variants[0][1])
        order = sorted(rec.interpreters, key=runtimes.version_key)
        opened = display.newest(variants)
        items = []
        for n, (labels, out) in enumerate(variants):
            title = display.version_ranges(labels, order)
            if runtimes.of_label(labels[0]).platform_variant:
                title += f" ({display.platform(rec.interpreters[labels[0]])})"  # "(wasm32)"
            # The label says which versions it holds, for snipcheck.js.
            versions = [nodes.make_id(f"snipcheck-v-{label}") for label in labels]
            body = shown(out) + self.runtime_note(labels)
            items.append(tab(title, body, selected=n == opened, classes=versions))
        said = differs or display.what_differs(variants, order)
        line = []
        if said:
            # `code` in the engine's words is shown as code.
            pieces = said.split("`")
            words = [
                nodes.literal(p, p) if n % 2 else nodes.Text(p) for n, p in enumerate(pieces) if p
            ]
            line = [nodes.paragraph("", "", *words, classes=["snipcheck-differs"])]
        return [*line, tabs(items, label="Output by version", classes=["snipcheck-versions"])]

    def runtime_note(self, labels: list[str]) -> list[nodes.Node]:
        """The configured note for a tab that holds one runtime's outputs
        only, parsed as the page is (reST or MyST)."""
        kinds = {runtimes.of_label(label).name for label in labels}
        note = self.config.snipcheck_runtime_notes.get(kinds.pop(), "")
        if not note or kinds:
            return []
        parsed = self.parse_text_to_nodes(note)
        for node in parsed:
            if isinstance(node, nodes.Element):
                node["classes"].append("snipcheck-runtime-note")
        return parsed

    def meta(
        self, snippet: snippets.Snippet, rec: Recording, shown: tuple[Variants, Variants] | None
    ) -> nodes.paragraph:
        """The snippet's source to download, and what a reader must know
        about this example's outputs that the page's own note does not say:
        which versions are shown where not all, and where it is not run.
        (The page note, add_page_note, names the interpreters; it adds them
        here for an example recorded on others than most of the page.)"""
        order = sorted(rec.interpreters, key=runtimes.version_key)
        text = ""
        if shown is not None:  # (what the page shows, every exact output)
            labels = {label for group, _ in shown[0] for label in group}
            if labels != {label for group, _ in shown[1] for label in group}:
                ranges = display.version_ranges(sorted(labels, key=order.index), order)
                text += f"output of {ranges} shown; other versions print something else \u00b7 "
        notes = not_everywhere(snippet).removeprefix(" \u00b7 ")
        text += f"{notes} \u00b7 " if notes else ""
        return nodes.paragraph(
            "", text, self.download(snippet.path), classes=["snipcheck-meta", "snipcheck-tools"]
        )


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
