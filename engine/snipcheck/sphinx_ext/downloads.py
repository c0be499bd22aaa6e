"""Links that download a snippet's files, and the copies they point to.

Sphinx's own download links (the ``download`` role) compare every file they
name with its copy in ``_downloads``, byte by byte, on every build: on a
site with a link under each example, a tenth of a build that has nothing to
do.  These links are written the same way (``<a class="reference download
internal" download href="_downloads/<digest>/<name>">``), but a file is
copied at the end of a build only when its copy is missing or differs from
it in size or modification time (copies keep their source's), so a build
reads only the two files' metadata.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.writers.html5 import HTML5Translator

logger = logging.getLogger(__name__)


class snipcheck_download(nodes.Inline, nodes.TextElement):
    """A link that downloads a file: ``filename`` is its place under
    ``_downloads``; the file itself is in the environment (``_files``)."""


def _files(env: Any) -> dict[str, dict[str, str]]:
    """docname -> {place under _downloads: the file it copies}."""
    if not hasattr(env, "snipcheck_downloads"):
        env.snipcheck_downloads = {}
    files: dict[str, dict[str, str]] = env.snipcheck_downloads
    return files


def link(env: Any, path: Path) -> snipcheck_download:
    """A link on the page being read that downloads ``path``."""
    path = path.resolve()
    env.note_dependency(str(path))
    # The folder is named after the file's place in the project, so that
    # two files of one name (topic/a.py, other/a.py) do not meet.
    where = Path(os.path.relpath(path, env.srcdir)).as_posix()
    place = f"{hashlib.sha256(where.encode()).hexdigest()[:32]}/{path.name}"
    _files(env).setdefault(env.docname, {})[place] = str(path)
    node = snipcheck_download("", "", filename=place)
    node += nodes.literal(path.name, path.name, classes=["xref", "download"])
    return node


def visit_html(self: HTML5Translator, node: nodes.Element) -> None:
    self.visit_download_reference(node)  # it reads only node["filename"]


def depart_html(self: HTML5Translator, node: nodes.Element) -> None:
    self.depart_download_reference(node)


def plain(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Builders that write no files to download show the file's name alone."""
    if app.builder.format != "html":
        for node in list(doctree.findall(snipcheck_download)):
            node.replace_self(node.children)


def purge(app: Sphinx, env: Any, docname: str) -> None:
    _files(env).pop(docname, None)


def merge(app: Sphinx, env: Any, docnames: set[str], other: Any) -> None:
    """Parallel reads: take what the other process's pages link to."""
    theirs = _files(other)
    _files(env).update({d: theirs[d] for d in docnames if d in theirs})


def copy(app: Sphinx, exception: Exception | None) -> None:
    """Copy each linked file that has no copy yet or whose copy differs."""
    if exception is not None or not getattr(app.builder, "download_support", False):
        return
    target = Path(app.outdir) / "_downloads"
    wanted = {}
    for files in _files(app.env).values():
        wanted.update(files)
    for place, source in sorted(wanted.items()):
        try:
            given = os.stat(source)
        except FileNotFoundError:
            logger.warning(f"snipcheck: {source} is linked for download but is gone; build again")
            continue
        copied = target / place
        try:
            had = os.stat(copied)
        except FileNotFoundError:
            copied.parent.mkdir(parents=True, exist_ok=True)
        else:
            if (had.st_size, had.st_mtime_ns) == (given.st_size, given.st_mtime_ns):
                continue
        shutil.copy2(source, copied)


def setup(app: Sphinx) -> None:
    app.add_node(snipcheck_download, html=(visit_html, depart_html))
    app.connect("doctree-resolved", plain)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
    app.connect("build-finished", copy)
