"""The extension's own nodes (version tabs, collapsible sections, the box
around one example), their HTML, and what other builders get instead.

HTML tabs are radio inputs, each followed by its label and its panel; the
stylesheet ``static/snipcheck-base.css`` shows the panel after the checked
input, so switching needs no script, and a keyboard moves between the tabs
of a set with the arrow keys, as in any group of radio buttons.  A
collapsible section is ``<details>``.  Builders that write anything else
get each tab as a titled block, one after the other, and each collapsible
section as a titled block.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class snipcheck_example(nodes.container):
    """One snippet or measurement (``div.snipcheck``): a container for any
    builder, but in HTML a ``div`` with its own classes only, since themes
    style "container" (Bootstrap's is a page-wide layout box).  Given a
    name, it is a target for ``:ref:``, whose default text is
    ``node["reftitle"]``."""


class snipcheck_tabs(nodes.General, nodes.Element):
    """Tabs of which one is shown at a time; children: ``snipcheck_tab``.
    ``node["label"]`` names the set for screen readers."""


class snipcheck_tab(nodes.Part, nodes.Element):
    """One tab: a ``snipcheck_tab_label``, then a ``snipcheck_tab_panel``;
    ``node["selected"]``: the tab shown at first."""


class snipcheck_tab_label(nodes.Part, nodes.TextElement):
    """What a tab is called (inline content)."""


class snipcheck_tab_panel(nodes.Part, nodes.Element):
    """What a tab shows (body elements)."""


class snipcheck_details(nodes.General, nodes.Element):
    """A collapsible section, closed at first: a ``snipcheck_summary``,
    then a ``snipcheck_details_body``."""


class snipcheck_summary(nodes.Part, nodes.TextElement):
    """The line of a collapsible section that is always shown."""


class snipcheck_details_body(nodes.Part, nodes.Element):
    """What a collapsible section shows when open (body elements)."""


def tab(
    title: str,
    content: Iterable[nodes.Node],
    *,
    selected: bool = False,
    classes: Iterable[str] = (),
) -> snipcheck_tab:
    """A tab called ``title``; ``classes`` go on its label."""
    label = snipcheck_tab_label(title, title, classes=["snipcheck-tab-label", *classes])
    return snipcheck_tab(
        "",
        label,
        snipcheck_tab_panel("", *content, classes=["snipcheck-tab-panel"]),
        selected=selected,
    )


def tabs(
    items: Iterable[snipcheck_tab], *, label: str, classes: Iterable[str] = ()
) -> snipcheck_tabs:
    """A set of tabs named ``label``; the first opens at first unless one is selected."""
    shown = list(items)
    if not any(one["selected"] for one in shown):
        shown[0]["selected"] = True
    return snipcheck_tabs("", *shown, label=label, classes=["snipcheck-tabs", *classes])


def details(
    summary: str, content: Iterable[nodes.Node], *, classes: Iterable[str] = ()
) -> snipcheck_details:
    """A collapsible section, closed at first, whose title is ``summary``."""
    body = snipcheck_details_body("", *content, classes=["snipcheck-details-body"])
    return snipcheck_details(
        "",
        snipcheck_summary(summary, summary, classes=["snipcheck-details-summary"]),
        body,
        classes=["snipcheck-details", *classes],
    )


def reference_title(node: nodes.Node) -> str:
    """What ``:ref:`` shows for a named example.  Unnamed examples have no
    title, so that Sphinx gives them no id of its own (its AutoNumbering
    numbers every enumerable node that has a title)."""
    assert isinstance(node, snipcheck_example)
    title: str | None = node["reftitle"] if node["names"] else None
    return title  # type: ignore[return-value]  # None is what get_numfig_title expects for "none"


# HTML ----------------------------------------------------------------------


@dataclass
class _TabIds:
    """Ids of the tabs a translator has written: one per set, so that every
    radio group of a page has a name of its own (a singlehtml page too)."""

    written: int = 0
    open: list[str] = field(default_factory=list)


def _ids(translator: HTML5Translator) -> _TabIds:
    ids: _TabIds | None = getattr(translator, "_snipcheck_tab_ids", None)
    if ids is None:
        ids = _TabIds()
        setattr(translator, "_snipcheck_tab_ids", ids)  # noqa: B010 (not an attribute it declares)
    return ids


def _tab_id(translator: HTML5Translator, part: nodes.Element) -> str:
    """The id of the radio input of the tab ``part`` (its label or panel) is in."""
    one = part.parent
    assert one is not None and one.parent is not None
    return f"{_ids(translator).open[-1]}-{one.parent.index(one)}"


def visit_div(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append(self.starttag(node, "div"))


def depart_div(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append("</div>\n")


def visit_tabs(self: HTML5Translator, node: nodes.Element) -> None:
    ids = _ids(self)
    ids.open.append(f"snipcheck-tabs-{ids.written}")
    ids.written += 1
    self.body.append(self.starttag(node, "div", role="group", **{"aria-label": node["label"]}))


def depart_tabs(self: HTML5Translator, node: nodes.Element) -> None:
    _ids(self).open.pop()
    self.body.append("</div>\n")


def visit_tab(self: HTML5Translator, node: nodes.Element) -> None:
    pass  # a tab is its label and its panel, side by side with the other tabs'


def depart_tab(self: HTML5Translator, node: nodes.Element) -> None:
    pass


def visit_tab_label(self: HTML5Translator, node: nodes.Element) -> None:
    tab_id = _tab_id(self, node)
    assert node.parent is not None
    checked = " checked" if node.parent["selected"] else ""
    self.body.append(
        f'<input class="snipcheck-tab-input" type="radio" name="{_ids(self).open[-1]}" '
        f'id="{tab_id}" aria-controls="{tab_id}-panel"{checked}>\n'
    )
    label: dict[str, Any] = {"for": tab_id}
    self.body.append(self.starttag(node, "label", "", **label))


def depart_tab_label(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append("</label>\n")


def visit_tab_panel(self: HTML5Translator, node: nodes.Element) -> None:
    panel = f"{_tab_id(self, node)}-panel"
    self.body.append(self.starttag(node, "div", ids=[panel]))


def visit_details(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append(self.starttag(node, "details"))


def depart_details(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append("</details>\n")


def visit_summary(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append(self.starttag(node, "summary", ""))


def depart_summary(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append("</summary>\n")


HTML: dict[type[nodes.Element], tuple[Any, Any]] = {
    snipcheck_example: (visit_div, depart_div),
    snipcheck_tabs: (visit_tabs, depart_tabs),
    snipcheck_tab: (visit_tab, depart_tab),
    snipcheck_tab_label: (visit_tab_label, depart_tab_label),
    snipcheck_tab_panel: (visit_tab_panel, depart_div),
    snipcheck_details: (visit_details, depart_details),
    snipcheck_summary: (visit_summary, depart_summary),
    snipcheck_details_body: (visit_div, depart_div),
}


# Other builders --------------------------------------------------------------


def _titled(
    title: nodes.Element, body: Iterable[nodes.Node], classes: list[str]
) -> nodes.container:
    heading = nodes.paragraph("", "", nodes.strong("", "", *title.children), classes=classes)
    return nodes.container("", heading, *body)


def flatten(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """For builders other than HTML: each tab becomes a titled block, one
    after the other, and so does each collapsible section."""
    if app.builder.format == "html":
        return
    for tab_set in list(doctree.findall(snipcheck_tabs)):
        box = nodes.container("", classes=tab_set["classes"])
        for one in tab_set.children:
            label, panel = one.children
            assert isinstance(label, nodes.Element) and isinstance(panel, nodes.Element)
            box += _titled(label, panel.children[:], ["snipcheck-tab-title"])
        tab_set.replace_self(box)
    for section in list(doctree.findall(snipcheck_details)):
        summary, body = section.children
        assert isinstance(summary, nodes.Element) and isinstance(body, nodes.Element)
        box = _titled(summary, body.children[:], ["snipcheck-details-title"])
        box["classes"] = section["classes"]
        section.replace_self(box)
