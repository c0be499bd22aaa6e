"""On a phone, no page title breaks inside a word or before its punctuation
("memoryview" on one line and ", verified" on the next)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from .helpers import site_pages

# For each word of the page's title, how many lines its letters lie on.
WORD_LINES = """
h => {
  const text = h.textContent.replace(/\\u00b6/g, '').trim();
  const node = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
  const out = [];
  let t;
  while ((t = node.nextNode())) {
    const re = /\\S+/g;
    let m;
    while ((m = re.exec(t.textContent))) {
      if (m[0] === '\\u00b6') continue;
      const r = document.createRange();
      r.setStart(t, m.index);
      r.setEnd(t, m.index + m[0].length);
      const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
      out.push([m[0], tops.size]);
    }
  }
  return {text, words: out};
}
"""


# search.html has no title of its own until a search runs.
TITLED = [name for name in site_pages() if name != "search.html"]


@pytest.mark.parametrize("name", TITLED)
def test_a_title_keeps_each_word_on_one_line_on_a_phone(browser: Browser, site: str, name: str):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=site)
    try:
        page = context.new_page()
        page.goto(name)
        title = page.locator("h1").first
        found = title.evaluate(WORD_LINES)
        broken = [word for word, lines in found["words"] if lines > 1]
        assert not broken, f"{name}: the title {found['text']!r} breaks inside {broken}"
    finally:
        context.close()
