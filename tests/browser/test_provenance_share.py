"""Provenance is said once per page, so the lines under examples (their
source, a permalink, the Run button, and where needed which interpreters
they ran on) take under 5% of the longest example pages' height."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from .helpers import DESKTOP

PAGES = ["casting.html", "slicing.html", "errors.html", "reference/error-catalogue.html"]

SHARE = """
() => {
  const article = document.querySelector("article");
  const parts = article.querySelectorAll("p.snipcheck-meta, div.snipcheck-run-bar");
  let height = 0;
  parts.forEach(p => { height += p.getBoundingClientRect().height; });
  return [height, article.getBoundingClientRect().height, parts.length];
}
"""


@pytest.mark.parametrize("name", PAGES)
def test_the_lines_under_examples_take_under_5_percent_of_the_page(page: Page, name: str):
    page.set_viewport_size(DESKTOP)
    page.goto(name)
    page.wait_for_selector("p.snipcheck-tools button.snipcheck-run")  # the Run buttons are in
    lines, article, count = page.evaluate(SHARE)
    assert count > 10, f"{name} has only {count} lines under examples"
    assert lines / article < 0.05, (
        f"{name}: {lines:.0f} of {article:.0f} px ({lines / article:.1%})"
    )
