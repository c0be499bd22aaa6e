"""What readers type into the search box finds its answer.

Each query in search_queries.json runs through the built site's search page
in Chromium, and the expected answer must rank first for a pasted error
message or an API name, and in the top three for a question in words.  An
answer is a page, or a section or object on it: a result matches it when it
links to the same page and, if the answer names an anchor, to the same
section or object (under any of its ids; the search links to a section by its
first id, a page may link to it by another).

The "also" answers in the file are other places that answer the query too:
they must exist, but their rank is not asserted.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page

from .helpers import SITE, BrowserLog, new_context

QUERIES = json.loads(Path(__file__).with_name("search_queries.json").read_text(encoding="utf-8"))
RANK_NEEDED = {"error": 1, "api": 1, "question": 3}


@cache
def _soup(page: str) -> BeautifulSoup | None:
    path = SITE / page
    if not path.is_file():
        return None
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def place(target: str) -> tuple[str, str]:
    """(page, section id) of "page.html#anchor": the id of the element with
    that id or, for an empty span that a section opens with (a second id of
    the section), the section's own id.  Anchor "" for a whole page; "?anchor"
    when the page has no such id."""
    page, _, anchor = target.partition("#")
    anchor = urllib.parse.unquote(anchor)
    if not anchor:
        return page, ""
    soup = _soup(page)
    element = soup.find(id=anchor) if soup is not None else None
    if element is None:
        return page, "?" + anchor
    opens_a_section = element.parent is not None and element.parent.name == "section"
    if element.name == "span" and not element.get_text(strip=True) and opens_a_section:
        element = element.parent
    return page, element["id"]


def matches(result: str, answer: str) -> bool:
    result_page, result_anchor = place(result)
    answer_page, answer_anchor = place(answer)
    return result_page == answer_page and (not answer_anchor or result_anchor == answer_anchor)


@pytest.fixture(scope="module")
def search_page(browser: Browser, site: str) -> Iterator[tuple[Page, BrowserLog]]:
    """The search page, loaded once with its index: each query then runs
    through the page's own search (Search.performSearch, what the search box
    calls), in a results area emptied first."""
    log = BrowserLog(site)
    context = new_context(browser, site, log)
    page = context.new_page()
    page.goto("search.html")
    page.wait_for_function("() => typeof Search !== 'undefined' && Search.hasIndex()")
    # Each listed result would fetch its whole page to show an excerpt under
    # its link; the excerpts change neither the links nor their order (what
    # these tests read), and fetching evidence.html for every query costs
    # seconds. test_search.py searches with them.
    page.evaluate("() => { DOCUMENTATION_OPTIONS.SHOW_SEARCH_SUMMARY = false; }")
    yield page, log
    context.close()


def search(page: Page, site: str, query: str) -> list[str]:
    """The links the search page lists for ``query``, in order, as
    "page.html#anchor" relative to the site."""
    page.evaluate(
        "q => { document.getElementById('search-results').replaceChildren();"
        " Search.performSearch(q); }",
        query,
    )
    # Sphinx writes the summary once every result is listed.
    page.wait_for_function(
        "() => { const s = document.querySelector('#search-results p.search-summary');"
        " return s !== null && s.innerText.trim().length > 0; }",
        timeout=30_000,
    )
    hrefs = page.eval_on_selector_all(
        "#search-results ul.search > li > a", "links => links.map(a => a.href)"
    )
    base = urllib.parse.urlsplit(site).path
    results = []
    for href in hrefs:
        parts = urllib.parse.urlsplit(href)
        path = urllib.parse.unquote(parts.path)[len(base) :]
        results.append(f"{path}#{parts.fragment}" if parts.fragment else path)
    return results


def test_the_queries_are_worth_asking():
    """At least 30 queries, of the three kinds, each asked once."""
    assert len(QUERIES) >= 30
    assert {q["kind"] for q in QUERIES} == set(RANK_NEEDED)
    texts = [q["query"].lower() for q in QUERIES]
    assert len(texts) == len(set(texts)), "a query is listed twice"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q["query"][:60])
def test_every_answer_is_in_the_site(query: dict, site: str):
    """An answer that was moved or renamed fails here, not as a bad rank."""
    for answer in [query["expect"], *query.get("also", [])]:
        page, anchor = place(answer)
        assert (SITE / page).is_file(), f"{query['query']!r}: no page {page}"
        assert not anchor.startswith("?"), f"{query['query']!r}: {page} has no id {anchor[1:]}"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q["query"][:60])
def test_the_answer_ranks_where_a_reader_looks(
    query: dict, search_page: tuple[Page, BrowserLog], site: str
):
    page, log = search_page
    results = search(page, site, query["query"])
    needed = RANK_NEEDED[query["kind"]]
    rank = next((n for n, r in enumerate(results, 1) if matches(r, query["expect"])), None)
    assert rank is not None and rank <= needed, (
        f"{query['query']!r} ({query['kind']}): {query['expect']} should rank "
        f"{'first' if needed == 1 else f'in the top {needed}'}, ranks {rank} of "
        f"{len(results)}; the first five: {results[:5]}"
    )
    assert not log.outside_requests(), f"search reached outside: {log.outside_requests()}"
