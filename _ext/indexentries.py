"""Index entries that point at sections, and entries for error messages.

1. An ``{index}`` directive (or role) on a page points its entries at the
   section or object it stands in, rather than at an anonymous ``index-N``
   spot: the general index and the search then link to
   ``equality-hashing.html#which-views-are-hashable`` or
   ``methods.html#memoryview.toreadonly``, an address that says where it goes.

2. A section whose title is an exception message, such as
   ``TypeError: cannot modify read-only memory``, gets two main index entries
   pointing at the section itself: the title as written and the message
   alone (``cannot modify read-only memory``), since a reader may paste
   either.  The entries show in the general index (genindex) and, because
   Sphinx's search reads index entries, a search for either form lists the
   section first (Sphinx scores an index entry that holds the whole query far
   above a match in the text).  Nothing is typed by hand: the entries follow
   the headings, so a new entry in the error catalogue is indexed as soon as
   it is written.

3. A workaround for Sphinx 9.0: on a build that does not write every page
   again (``make serve``, any incremental build), the search index lost the
   index entries of the pages not written, since the index builder reloads
   the previous searchindex.js without them.  Every page's entries are handed
   to it again from the index domain, which keeps them for all pages.
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.util.index_entries import split_index_msg

# "TypeError: message", "struct.error: message", "UnicodeEncodeError: ...":
# a (possibly dotted) name ending in Error, Exception, Warning or "error",
# a colon and a space, and the message.
EXCEPTION_TITLE = re.compile(
    r"^(?P<name>(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Warning|\.error))"
    r":[ ](?P<message>\S.*)$"
)


def message_entries(title: str) -> list[str]:
    """The index entries of a section title: the title and the message alone,
    or nothing when the title is not an exception message."""
    match = EXCEPTION_TITLE.match(title.strip())
    if not match:
        return []
    return [match.group(0), match.group("message")]


def as_index_text(text: str) -> str:
    """An entry as one "single" index entry: Sphinx splits a single entry at
    ";" into an entry and a sub-entry, so a message holding one keeps its
    semicolons as commas (none does today)."""
    return text.replace(";", ",")


def enclosing_target(node: nodes.Node) -> str | None:
    """The id of the object description (its first signature) or of the
    section that holds ``node``, whichever is nearer."""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, addnodes.desc):
            for signature in parent.findall(addnodes.desc_signature):
                if signature["ids"]:
                    return signature["ids"][0]
            return None
        if isinstance(parent, nodes.section) and parent["ids"]:
            return parent["ids"][0]
        parent = parent.parent
    return None


class PointIndexEntriesAtSections(SphinxTransform):
    """Re-points the entries of ``{index}`` directives and roles (target ids
    ``index-N``) at the enclosing object or section.  Entries that Sphinx makes
    for objects and glossary terms already point at them and are left alone."""

    default_priority = 815

    def apply(self, **kwargs: Any) -> None:
        for index in self.document.findall(addnodes.index):
            target = None
            entries = []
            for entry_type, value, target_id, main, key in index["entries"]:
                if target_id.startswith("index-"):
                    target = target or enclosing_target(index)
                    if target:
                        target_id = target
                entries.append((entry_type, value, target_id, main, key))
            index["entries"] = entries


class IndexExceptionMessages(SphinxTransform):
    """Adds an index node to every section titled with an exception message."""

    # Before SphinxDomains (850), which collects the index entries of a document.
    default_priority = 820

    def apply(self, **kwargs: Any) -> None:
        for section in self.document.findall(nodes.section):
            if not section["ids"] or not section.children:
                continue
            title = section[0]
            if not isinstance(title, nodes.title):
                continue
            entries = message_entries(title.astext())
            if not entries:
                continue
            target = section["ids"][0]
            index = addnodes.index(
                entries=[("single", as_index_text(e), target, "main", None) for e in entries],
                inline=False,
            )
            index.source, index.line = title.source, title.line
            section.insert(1, index)


def search_entries(
    entries: list[tuple[str, str, str, str, str | None]],
) -> list[tuple[str, str, str]]:
    """What the search index keeps of a page's index entries, computed as
    sphinx.search.IndexBuilder.feed computes it from the page's index nodes."""
    found: set[tuple[str, str, str]] = set()
    for entry_type, value, target_id, main, _category_key in entries:
        try:
            result = split_index_msg(entry_type, value)
        except ValueError:
            continue
        if entry_type in {"see", "seealso"}:
            found.add((result[0], target_id or "", main))
        found |= {(part, target_id or "", main) for part in result}
    return sorted(found)


def keep_every_page_in_the_search_index(app: Sphinx, env: BuildEnvironment) -> None:
    """Before the pages are written, give the search index the entries of
    every page (see 3. above); the pages written again replace theirs."""
    stored = env._search_index_index_entries
    stored.clear()
    for docname, entries in env.domains.index_domain.entries.items():
        if docname in env.all_docs:
            stored[docname] = search_entries(entries)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_transform(PointIndexEntriesAtSections)
    app.add_transform(IndexExceptionMessages)
    app.connect("env-updated", keep_every_page_in_the_search_index)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
