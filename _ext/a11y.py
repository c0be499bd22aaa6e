"""Accessibility fixes to markup that Sphinx and the theme generate.

* Toctree captions are rendered as ``<p class="caption" role="heading">``
  without the ``aria-level`` a heading role requires (WCAG 4.1.2).
* Code blocks wider than the page scroll sideways, which a keyboard can
  only do when the block can take focus (WCAG 2.1.1): it gets tabindex=0.

Applied to the page body and furo's navigation tree as each page is
written, after the theme has built them.
"""

from __future__ import annotations

import re
from typing import Any

from sphinx.application import Sphinx

_CAPTION = re.compile(r'(<p class="caption" role="heading")(?![^>]*aria-level)')
_CODE = re.compile(r"<pre(?![^>]*tabindex)(?=[ >])")


def fix(html: str) -> str:
    return _CODE.sub('<pre tabindex="0"', _CAPTION.sub(r'\1 aria-level="2"', html))


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
