"""Accessibility fixes to markup that Sphinx and the theme generate.

* Toctree captions are rendered as ``<p class="caption" role="heading">``
  without the ``aria-level`` a heading role requires (WCAG 4.1.2).
* Code blocks and tables wider than the page scroll sideways, which a
  keyboard can only do when they can take focus (WCAG 2.1.1): they get
  tabindex=0 (tables also a region role and a name).  Plots shrink to the
  column instead (see snipcheck.css), so they need no focus.

Applied to the page body and furo's navigation tree as each page is
written, after the theme has built them.
"""

from __future__ import annotations

import re
from typing import Any

from sphinx.application import Sphinx

_CAPTION = re.compile(r'(<p class="caption" role="heading")(?![^>]*aria-level)')
_CODE = re.compile(r"<pre(?![^>]*tabindex)(?=[ >])")
# Wide tables scroll sideways on phones, inside furo's wrapper.
_TABLE = re.compile(r'<div class="table-wrapper')


def fix(html: str) -> str:
    html = _CAPTION.sub(r'\1 aria-level="2"', html)
    region = '<div tabindex="0" role="region" aria-label="Table" class="table-wrapper'
    html = _TABLE.sub(region, html)
    return _CODE.sub('<pre tabindex="0"', html)


def fix_page(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    for key in ("body", "furo_navigation_tree", "toc"):
        if isinstance(context.get(key), str):
            context[key] = fix(context[key])


def setup(app: Sphinx) -> dict[str, Any]:
    # After furo's own handler (priority 500), which builds the navigation.
    app.connect("html-page-context", fix_page, priority=900)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
