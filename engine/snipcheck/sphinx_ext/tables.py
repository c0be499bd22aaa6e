"""The ``snippet-table`` directive: a table of facts that a snippet printed.

A table on a page is the rendering of a snippet's recorded output, never
typed.  The snippet (a script) prints tab-separated lines, the first one
the column names::

    ```{snippet-table} casting/format_table
    :labels: 3.15 3.14-pyodide
    ```

With one interpreter (by default the newest native CPython recorded) the
table is its output.  With several (``:labels:``, or ``all``), rows are
matched by their first column; a column that printed the same everywhere
is shown once, and a column that differs is shown once per interpreter,
headed with its version and platform ("size 3.14 (wasm32)").  Where some
rows were printed by only some of the interpreters, a last column says by
which; a differing column shows "\u2014" where a row was not printed.  The snippet's source is
linked below the table, with the versions its output came from.
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from .. import display, runtimes
from ..recording import Recording
from .common import ExampleDirective

ABSENT = "\u2014"


def rows_of(text: str) -> list[list[str]]:
    """The printed table: one list of cells per line, the header first."""
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def merged(rec: Recording, labels: list[str]) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a table made from these interpreters' outputs."""
    tables = {label: rows_of(rec.outputs[label].text) for label in labels}
    header = tables[labels[0]][0]
    for label, table in tables.items():
        if not table or table[0] != header:
            raise ValueError(f"the output on {label} has other columns than on {labels[0]}")
    keys: list[str] = []
    cells: dict[str, dict[str, list[str]]] = {label: {} for label in labels}
    for label, table in tables.items():
        for row in table[1:]:
            if len(row) != len(header):
                raise ValueError(f"on {label}, a row has {len(row)} cells: {row!r}")
            if row[0] not in keys:
                keys.append(row[0])
            cells[label][row[0]] = row
    # A column differs when two interpreters that printed a row disagree on it.
    varying = {
        n
        for n in range(1, len(header))
        if any(
            len({cells[label][key][n] for label in labels if key in cells[label]}) > 1
            for key in keys
        )
    }
    order = sorted(rec.interpreters, key=runtimes.version_key)
    # The platform is named only where the chosen interpreters differ in it.
    platforms = {display.platform(rec.interpreters[label]) for label in labels}
    titles = {label: _title(rec, label, order, len(platforms) > 1) for label in labels}
    # Rows that only some interpreters printed say which.
    partial = any(key not in cells[label] for key in keys for label in labels)
    out_header = [header[0]]
    for n in range(1, len(header)):
        if n in varying:
            out_header += [f"{header[n]} {titles[label]}" for label in labels]
        else:
            out_header.append(header[n])
    if partial:
        out_header.append("printed by")
    out_rows = []
    for key in keys:
        having = [label for label in labels if key in cells[label]]
        row = [key]
        for n in range(1, len(header)):
            if n in varying:
                row += [cells[label][key][n] if key in cells[label] else ABSENT for label in labels]
            else:
                row.append(cells[having[0]][key][n])
        if partial:
            row.append(display.version_ranges(having, order) if having != labels else "all")
        out_rows.append(row)
    return out_header, out_rows


def _title(rec: Recording, label: str, order: list[str], platform: bool) -> str:
    title = display.version_ranges([label], order)
    return f"{title} ({display.platform(rec.interpreters[label])})" if platform else title


class SnippetTableDirective(ExampleDirective):
    """A table of facts, rendered from a snippet's recorded output."""

    option_spec: ClassVar[dict[str, Any]] = {
        **ExampleDirective.option_spec,
        "labels": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        loaded = self.load_recorded()
        if loaded is None:
            return self.unrecorded
        snippet, rec = loaded
        order = sorted(rec.outputs, key=runtimes.version_key)
        natives = [label for label in order if not runtimes.of_label(label).platform_variant]
        wanted = self.options.get("labels", "").split() or [(natives or order)[-1]]
        if wanted == ["all"]:
            wanted = order
        unknown = [label for label in wanted if label not in rec.outputs]
        if unknown:
            return self.fail(
                "%s has no recorded output for %s (it has %s)",
                snippet.key,
                ", ".join(unknown),
                ", ".join(order),
            )
        failed = [label for label in wanted if rec.outputs[label].exit]
        if failed:
            return self.fail(
                "%s failed on %s; a table comes from a run that ends with 0",
                snippet.key,
                ", ".join(failed),
            )
        try:
            header, rows = merged(rec, wanted)
        except ValueError as exc:
            return self.fail("%s: %s", snippet.key, exc)
        node = self.example(snippet, "table")
        # Not an example to run: no Run button, no "snipcheck" box.
        node["classes"] = ["snipcheck-table"]
        node["snipcheck_interpreters"] = {label: rec.interpreters[label] for label in wanted}
        node["snipcheck_recorded"] = rec.recorded
        node += _table(header, rows)
        shown = display.version_ranges(wanted, sorted(rec.interpreters, key=runtimes.version_key))
        meta = nodes.paragraph(
            "",
            f"Printed by {shown} \u00b7 recorded {rec.recorded} \u00b7 source: ",
            self.download(snippet.path),
            classes=["snipcheck-meta"],
        )
        node += meta
        return [node]


def _table(header: list[str], rows: list[list[str]]) -> nodes.table:
    table = nodes.table(classes=["snipcheck-table"])
    group = nodes.tgroup(cols=len(header))
    table += group
    for _ in header:
        group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    head += _row(header)
    group += head
    body = nodes.tbody()
    for row in rows:
        body += _row(row)
    group += body
    return table


def _row(cells: list[str]) -> nodes.row:
    row = nodes.row()
    for text in cells:
        entry = nodes.entry()
        # Printed text as printed: no curly quotes (Sphinx's smart quotes).
        entry += nodes.paragraph("", text, support_smartquotes=False)
        row += entry
    return row
