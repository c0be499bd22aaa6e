"""On a phone, no page title breaks inside a word or before its punctuation
("memoryview" on one line and ", verified" on the next)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .helpers import PHONE, BrowserLog, new_context, site_pages

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


@pytest.fixture(scope="module")
def phone(browser: Browser, site: str) -> Iterator[Page]:
    """One tab at phone width for every page (a title's layout depends on
    the page alone, not on what the tab showed before)."""
    context = new_context(browser, site, BrowserLog(site), viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("name", TITLED)
def test_a_title_keeps_each_word_on_one_line_on_a_phone(phone: Page, name: str):
    phone.goto(name)
    found = phone.locator("h1").first.evaluate(WORD_LINES)
    broken = [word for word, lines in found["words"] if lines > 1]
    assert not broken, f"{name}: the title {found['text']!r} breaks inside {broken}"
