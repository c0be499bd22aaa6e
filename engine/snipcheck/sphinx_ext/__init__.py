"""Sphinx extension: show recorded snippets and measurements on pages.

In reStructuredText::

    .. snippet:: slicing/step
       :show: both
       :versions: tabs
       :name: slicing-step

    .. measurement:: performance/slicing

    The copy took :measured:`performance/slicing bytes[1:] seconds 1e8`.

and in MyST Markdown::

    ```{snippet} slicing/step
    :show: output
    ```

``snippet`` shows a snippet's code and what each interpreter printed, from
its recording; nothing runs during a build.  Options:

- ``:show:`` ``both`` (default), ``code`` or ``output``.  For a script,
  "code" is its code and "output" what it printed.  For a session, "code"
  is the statements it types, as a Python block without prompts or
  outputs, and "output" the transcript (the same as "both").
- ``:versions:`` ``tabs`` (default): one tab per group of versions that
  printed the same, opened at the newest native CPython; ``newest``: only
  what the newest native CPython printed, and the line below the example
  says which versions that is where others print something else.
- ``:name:`` a target for ``:ref:`` (its default text is the file name).

``measurement`` shows a ``# mode: measure`` snippet: its plots, its
claims, its code and every interpreter's output; it takes ``:name:``.
``measured`` is one number from a measurement, for prose.

The extension builds its own nodes and needs no other extension; it works
in reStructuredText and MyST pages with any theme.  HTML gets version tabs
made of radio inputs and collapsible ``<details>`` sections, styled by
``static/snipcheck-base.css`` (restyle them with the custom properties it
lists); other builders get each tab as a titled block.  Snippets and
recordings are dependencies of the pages that show them, so editing one
rebuilds exactly those pages.  Every page with snippets ends with a note
naming the interpreters its outputs came from and when they were recorded.

Configuration:

- ``snipcheck_snippets``: the snippets folder (relative to conf.py).
- ``snipcheck_runtime_notes``: a note per runtime (``{"pyodide": "..."}``),
  shown in a tab that holds only that runtime's outputs.  It is parsed as
  the page is: reStructuredText on a reST page, Markdown on a MyST page.
- ``snipcheck_data_outputs``: which recorded outputs the page's JSON data
  carries (``None``: all of them).
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from .. import display, runtimes
from . import claims, downloads, widgets
from .claims import EvidenceDirective, claim_role
from .common import read_project
from .measurement import MeasurementDirective, measured_role
from .snippet import SnippetDirective
from .tables import SnippetTableDirective
from .widgets import snipcheck_example

STATIC = Path(__file__).parent.parent / "static"
ASSETS = ("snipcheck.js", "snipcheck-base.css")


def copy_assets(app: Sphinx, exception: Exception | None) -> None:
    """Put the extension's script and stylesheet in _static without
    touching html_static_path (see drop_repeated_static_paths for why)."""
    if exception is None and app.builder.format == "html":
        target = Path(app.outdir) / "_static"
        target.mkdir(parents=True, exist_ok=True)
        for name in ASSETS:
            shutil.copyfile(STATIC / name, target / name)


def add_page_note(app: Sphinx, doctree: nodes.document) -> None:
    """Say once per page where its outputs came from: a note at the end
    naming the interpreters and the newest recording date, linked to the
    page that explains verification (``snipcheck_about``).  An example
    recorded on other interpreters than most of the page says which on its
    own line, and a runtime's note appears in its first tab only."""
    examples = [n for n in doctree.findall(snipcheck_example) if "snipcheck_interpreters" in n]
    if not examples:
        return
    interpreters = {}
    for node in examples:
        interpreters.update(node["snipcheck_interpreters"])
    # Snippets (whose line of tools may name their interpreters); tables and
    # plots name theirs already.
    tools = {
        node: meta
        for node in examples
        for meta in node.findall(nodes.paragraph)
        if "snipcheck-tools" in meta["classes"]
    }
    sets = Counter(frozenset(node["snipcheck_interpreters"]) for node in tools)
    common = max(sets, key=lambda s: (sets[s], len(s))) if sets else frozenset()
    for node, meta in tools.items():
        if frozenset(node["snipcheck_interpreters"]) != common:
            order = sorted(node["snipcheck_interpreters"], key=runtimes.version_key)
            text = display.verified_on(node["snipcheck_interpreters"], order)
            meta.insert(0, nodes.Text(f"recorded on CPython {text} \u00b7 "))
    # A runtime's note (snipcheck_runtime_notes) is said once per page: in
    # the first tab that shows that runtime alone.
    seen: set[str] = set()
    for said in list(doctree.findall(nodes.Element)):
        if "snipcheck-runtime-note" in said["classes"] and said.parent is not None:
            text = said.astext()
            if text in seen:
                said.parent.remove(said)
            seen.add(text)
    order = sorted(interpreters, key=runtimes.version_key)
    dates = [n["snipcheck_recorded"] for n in examples]
    names = ", ".join(interpreters[label] for label in order)
    note = nodes.paragraph(classes=["snipcheck-page-note"])
    note += nodes.Text(
        f"Every output on this page was printed by a real interpreter: {names}. "
        f"The recordings were last updated on {max(dates)}."
    )
    about = app.config.snipcheck_about
    if about and app.env.docname != about:
        note += nodes.Text(" ")
        link = addnodes.pending_xref(
            "", refdomain="std", reftype="doc", reftarget="/" + about, refexplicit=True
        )
        link += nodes.inline("", "How this site is verified")
        note += link
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
    # The page that explains what the recordings, tabs and checks mean; the
    # note at the end of each page with examples links to it.
    app.add_config_value("snipcheck_about", "", "env", [str])
    app.connect("config-inited", resolve_snippets_folder)
    app.connect("config-inited", read_project)

    app.add_directive("snippet", SnippetDirective)
    app.add_directive("measurement", MeasurementDirective)
    app.add_role("measured", measured_role)
    app.add_role("claim", claim_role)
    app.add_directive("claim-evidence", EvidenceDirective)
    app.connect("env-get-outdated", claims.outdated_listings)
    app.connect("env-purge-doc", claims.purge_listing)
    app.connect("env-merge-info", claims.merge_listings)
    app.add_directive("snippet-table", SnippetTableDirective)
    # A named example is a target for :ref:, titled by its file name.
    html = widgets.HTML
    app.add_enumerable_node(
        snipcheck_example, "snippet", widgets.reference_title, html=html[snipcheck_example]
    )
    for node, visitors in html.items():
        if node is not snipcheck_example:
            app.add_node(node, html=visitors)
    app.connect("doctree-resolved", widgets.flatten)  # other builders

    app.connect("doctree-read", add_page_note)
    app.connect("builder-inited", drop_repeated_static_paths, priority=900)
    app.add_js_file("snipcheck.js")
    app.add_css_file("snipcheck-base.css")
    app.connect("build-finished", copy_assets)
    downloads.setup(app)
    # env_version: doctrees made by an earlier version hold other nodes (0.1:
    # MyST text; 2: tables boxed as examples; 4: versions that differ only in
    # traceback decoration share a tab, provenance said once per page; 5:
    # recordings' checksums, permalinks; 6: the extension's own download
    # links); read every page again.
    return {
        "version": "0.2",
        "env_version": 6,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
