"""Search works offline, from the index Sphinx built into the site."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .helpers import BrowserLog


def test_searching_for_cast_finds_the_casting_page(page: Page, log: BrowserLog):
    page.goto("search.html?q=cast")
    # Sphinx writes this summary once it has listed every result.
    expect(page.locator("#search-results .search-summary")).to_contain_text(
        "Search finished", timeout=15_000
    )
    results = page.locator("#search-results ul.search > li > a")
    titles = results.all_text_contents()
    assert "Casting a memoryview" in titles, f"results for 'cast': {titles}"
    expect(results.filter(has_text="Casting a memoryview").first).to_have_attribute(
        "href", "casting.html"
    )
    # Under a page's link, an excerpt of the page around the word searched
    # (test_search_queries.py leaves the excerpts out to save time).
    expect(page.locator("#search-results li p.context").first).to_contain_text("cast")
    assert not log.outside_requests(), f"search reached outside: {log.outside_requests()}"
