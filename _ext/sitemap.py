"""sitemap.xml: every page of the site at its canonical address, with the
date it last changed.

Written after every build from the environment, which knows every page,
so an incremental build lists the pages it did not write again as well.
(sphinx-sitemap, used before, listed only the pages written in the same
run, and started a multiprocessing server on every build to collect them.)
The date is the one sphinx-last-updated-by-git found (the page's newest
commit, or that of a file it shows), in UTC, as <meta
property="article:modified_time"> shows it; a page without one has none.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from sphinx.application import Sphinx

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _lastmod(env: Any, page: str) -> str | None:
    found = getattr(env, "git_last_updated", {}).get(page)
    if not found or not found[0]:
        return None
    when = datetime.datetime.fromtimestamp(int(found[0]), datetime.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_sitemap(app: Sphinx, exception: BaseException | None) -> None:
    if exception is not None or app.builder.format != "html" or not app.config.html_baseurl:
        return
    base = app.config.html_baseurl.rstrip("/") + "/"
    root = ElementTree.Element("urlset", xmlns=NAMESPACE)
    for page in sorted(app.env.found_docs):
        url = ElementTree.SubElement(root, "url")
        ElementTree.SubElement(url, "loc").text = base + app.builder.get_target_uri(page)
        lastmod = _lastmod(app.env, page)
        if lastmod:
            ElementTree.SubElement(url, "lastmod").text = lastmod
    tree = ElementTree.ElementTree(root)
    tree.write(Path(app.outdir) / "sitemap.xml", encoding="utf-8", xml_declaration=True)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("build-finished", write_sitemap)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
