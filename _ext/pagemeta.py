"""Page metadata from MyST front matter: description and tags.

Every page declares ``description`` and ``tags`` in its front matter. This
extension checks the tags against ``site_tags`` in conf.py, shows them under
the page title as links to the tags page, puts the description in a
``<meta name="description">`` tag beside the page's OpenGraph tags (title,
address, site name and the same description), and fills the ``tag-index``
directive with every page grouped by tag.
"""

from __future__ import annotations

import html
import json
from typing import Any, ClassVar

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)


class tag_index(nodes.General, nodes.Element):
    """Placeholder filled once every page has been read."""


class TagIndexDirective(SphinxDirective):
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        _tag_index_pages(self.env).add(self.env.docname)
        return [tag_index()]


def _tag_index_pages(env: Any) -> set[str]:
    """The pages that hold a tag index (kept in the environment)."""
    if not hasattr(env, "pagemeta_tag_index_pages"):
        env.pagemeta_tag_index_pages = set()
    pages: set[str] = env.pagemeta_tag_index_pages
    return pages


def note_changes(
    app: Sphinx, env: Any, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Remember what this build reads (nothing more is read because of it)."""
    env.pagemeta_changes = (bool(added or removed), bool(changed))
    return []


def pages_to_write_again(app: Sphinx, env: Any) -> list[str]:
    """What an incremental build must write again besides the pages it
    read: every page when one is added or removed (each page's navigation
    lists them all), and the tag index when any page changed (its title,
    description or tags may have).  Written, not read again: navigation
    and the tag index are made when a page is written."""
    pages_came_or_went, pages_changed = getattr(env, "pagemeta_changes", (False, False))
    env.pagemeta_changes = (False, False)
    if pages_came_or_went:
        return sorted(env.found_docs)
    if pages_changed:
        return sorted(_tag_index_pages(env))
    return []


def purge_page(app: Sphinx, env: Any, docname: str) -> None:
    _tag_index_pages(env).discard(docname)


def merge_pages(app: Sphinx, env: Any, docnames: set[str], other: Any) -> None:
    _tag_index_pages(env).update(_tag_index_pages(other) & docnames)


def page_tags(app: Sphinx, docname: str) -> list[str]:
    tags = app.env.metadata.get(docname, {}).get("tags", [])
    if isinstance(tags, str):
        # MyST keeps a front-matter list as its JSON text.
        tags = json.loads(tags) if tags.startswith("[") else [tags]
    return [str(t) for t in tags]


def check_and_show_tags(app: Sphinx, doctree: nodes.document) -> None:
    docname = app.env.docname
    allowed = app.config.site_tags
    tags = page_tags(app, docname)
    for tag in tags:
        if tag not in allowed:
            logger.warning(
                "tag %r is not in site_tags in conf.py (known: %s)",
                tag,
                ", ".join(sorted(allowed)),
                location=docname,
            )
    title = next(iter(doctree.findall(nodes.title)), None)
    if not tags or title is None:
        return
    line = nodes.paragraph(classes=["page-tags"])
    line += nodes.Text("Tags: ")
    for n, tag in enumerate(tags):
        if n:
            line += nodes.Text(" · ")
        ref = nodes.reference("", tag, internal=True, classes=["page-tag"])
        ref["refuri"] = app.builder.get_relative_uri(docname, "tags") + "#" + nodes.make_id(tag)
        line += ref
    title.parent.insert(title.parent.index(title) + 1, line)


def fill_tag_index(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    for node in list(doctree.findall(tag_index)):
        replacement: list[nodes.Node] = []
        for tag, meaning in app.config.site_tags.items():
            pages = sorted(
                (d for d in app.env.found_docs if tag in page_tags(app, d)),
                key=lambda d: app.env.titles[d].astext().lower(),
            )
            section = nodes.section(ids=[nodes.make_id(tag)])
            section += nodes.title(text=tag)
            section += nodes.paragraph(text=meaning)
            items = nodes.bullet_list()
            for page in pages:
                ref = nodes.reference("", "", internal=True)
                ref["refuri"] = app.builder.get_relative_uri(docname, page)
                ref += nodes.Text(str(app.env.titles[page].astext()))
                description = app.env.metadata[page].get("description", "")
                para = nodes.paragraph()
                para += ref
                if description:
                    para += nodes.Text(f": {description}")
                items += nodes.list_item("", para)
            section += items
            replacement.append(section)
        node.replace_self(replacement)


def add_head_tags(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """The page's description, and the OpenGraph tags a link preview reads:
    its title, its address (html_baseurl), the site's name and the same
    description."""
    if "metatags" not in context or pagename not in app.env.found_docs:
        return
    description = app.env.metadata.get(pagename, {}).get("description")
    tags = [("name", "description", description)] if description else []
    title = app.env.titles.get(pagename)
    base = app.config.html_baseurl
    tags += [
        ("property", "og:title", title.astext() if title is not None else ""),
        ("property", "og:type", "website"),
        ("property", "og:url", f"{base}{app.builder.get_target_uri(pagename)}" if base else ""),
        ("property", "og:site_name", app.config.project),
        ("property", "og:description", description),
    ]
    for kind, key, value in tags:
        if value:
            quoted = html.escape(str(value), quote=True)
            context["metatags"] += f'\n<meta {kind}="{key}" content="{quoted}" />'


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("site_tags", {}, "env", [dict])
    app.add_node(tag_index)
    app.add_directive("tag-index", TagIndexDirective)
    app.connect("doctree-read", check_and_show_tags)
    app.connect("doctree-resolved", fill_tag_index)
    app.connect("html-page-context", add_head_tags)
    app.connect("env-get-outdated", note_changes)
    app.connect("env-get-updated", pages_to_write_again)
    app.connect("env-purge-doc", purge_page)
    app.connect("env-merge-info", merge_pages)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
