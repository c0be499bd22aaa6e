"""What readers and search engines get besides the text, on the built site:
a favicon that loads, canonical links, a sitemap, OpenGraph tags, a 404 page
with a search box, and a "last updated" date that is the newest commit of
the page and of the snippets, recordings and plots it shows.

These read _build/html (as every test in this folder does): the CI job that
builds the site runs them; `make html` builds it here.  The dates need the
whole git history (the workflows check out with fetch-depth 0).
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page, Response, expect

from tests.test_site import DIRECTIVE, EVIDENCE

from .helpers import ROOT, SITE

DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
# Each page built from a source in docs/, as "reference/methods" (no suffix).
PAGES = sorted(p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.rglob("*.md"))
MEASURED = re.compile(r"\{measured\}`([^`\s]+)")
FIGURE = re.compile(r"^(?:`{3,}|:{3,})\{(?:figure|image)\}\s+(\S+)\s*$", re.MULTILINE)
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")


def soup(page: str) -> BeautifulSoup:
    path = SITE / f"{page}.html"
    if not path.is_file():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: build the site first (make html)")
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


class Facts(NamedTuple):
    """What these tests read of a page, kept so that each page is parsed
    once (evidence.html takes a second)."""

    canonical: str | None  # the href of <link rel=canonical>
    heading: str | None  # the text of the first <h1>
    metas: dict[str, str]  # <meta> content by property or name
    last_updated: str | None  # the text of div.last-updated


@cache
def facts(page: str) -> Facts:
    document = soup(page)
    link = document.find("link", rel="canonical")
    heading = document.find("h1")
    shown = document.find("div", class_="last-updated")
    metas: dict[str, str] = {}
    for tag in reversed(document.find_all("meta")):  # the first of a key wins
        key = tag.get("property") or tag.get("name")
        if key and tag.has_attr("content"):
            metas[str(key)] = str(tag["content"])
    return Facts(
        None if link is None else str(link["href"]),
        None if heading is None else heading.get_text(),
        metas,
        None if shown is None else shown.get_text(),
    )


def meta(page: str, key: str) -> str | None:
    return facts(page).metas.get(key)


@cache
def base_url() -> str:
    """The address the site was built for (html_baseurl), read off the
    home page's canonical link."""
    href = facts("index").canonical
    assert href is not None, "index.html has no canonical link: is html_baseurl set in conf.py?"
    assert href.endswith("/index.html") and urlsplit(href).scheme in ("http", "https"), href
    return href.removesuffix("index.html")


# -- canonical links, OpenGraph, sitemap -------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_the_page_names_its_canonical_address(page: str):
    href = facts(page).canonical
    assert href is not None, f"{page}.html has no <link rel=canonical>"
    assert href == f"{base_url()}{page}.html"


@pytest.mark.parametrize("page", PAGES)
def test_the_page_has_an_opengraph_title_description_and_address(page: str):
    heading = facts(page).heading
    assert heading is not None
    assert meta(page, "og:title") == heading.rstrip("¶").strip()
    # The one-line description of the front matter, as in <meta name="description">.
    description = meta(page, "description")
    assert description, f"{page}.html has no meta description"
    assert meta(page, "og:description") == description
    assert meta(page, "og:url") == f"{base_url()}{page}.html"


def sitemap() -> dict[str, str | None]:
    """Each <loc> of sitemap.xml with its <lastmod> (or None)."""
    path = SITE / "sitemap.xml"
    assert path.is_file(), "sitemap.xml is missing: is _ext/sitemap.py in conf.py's extensions?"
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ET.parse(path).getroot().findall("s:url", ns)
    return {
        u.findtext("s:loc", namespaces=ns) or "": u.findtext("s:lastmod", namespaces=ns)
        for u in urls
    }


def test_the_sitemap_lists_every_page_at_its_canonical_address_and_nothing_else():
    listed = sitemap()
    assert sorted(listed) == sorted(f"{base_url()}{page}.html" for page in PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_the_sitemap_date_is_the_pages_last_update(page: str):
    modified = meta(page, "article:modified_time")
    lastmod = sitemap()[f"{base_url()}{page}.html"]
    if modified is None:
        assert lastmod is None
    else:
        assert lastmod == datetime.fromisoformat(modified).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- "last updated" ------------------------------------------------------------


def snippet_files(key: str) -> list[Path]:
    """A snippet's script and every recording or plot beside it
    ("topic/name" -> name.py, name.rec, name.measured.json, name.svg, ...)."""
    folder, _, name = key.removesuffix(".py").rpartition("/")
    return [p for p in (SNIPPETS / folder).glob(f"{name}.*") if p.name.split(".")[0] == name]


def shown_files(page: str) -> list[Path]:
    """The page's source and every file it shows: the snippets of its
    snippet, snippet-table and measurement directives and of its
    {measured} values, each with its recordings and plots, the evidence
    folders it lays out, and its images.  A claim's evidence is not among
    them: the page links to it, it does not show it."""
    source = DOCS / f"{page}.md"
    text = source.read_text(encoding="utf-8")
    files = [source]
    for key in [m.group(2) for m in DIRECTIVE.finditer(text)] + MEASURED.findall(text):
        files += snippet_files(key)
    for match in EVIDENCE.finditer(text):
        for script in (SNIPPETS / match.group(2)).glob("*.py"):
            files += snippet_files(script.relative_to(SNIPPETS).as_posix())
    for image in FIGURE.findall(text) + MARKDOWN_IMAGE.findall(text):
        if "://" not in image:
            files.append((source.parent / image).resolve())
    return files


def git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.parametrize("page", PAGES)
def test_last_updated_is_the_newest_commit_of_the_page_and_what_it_shows(page: str):
    if git("rev-parse", "--is-shallow-repository") == "true":
        pytest.fail("a shallow clone has no dates to compare: fetch the whole history")
    files = [str(p.relative_to(ROOT)) for p in shown_files(page)]
    shown = facts(page).last_updated
    # The date of the newest commit touching any of them (the brief's rule),
    # and, to the second, the author time sphinx-last-updated-by-git reads.
    newest = git("log", "-1", "--format=%cs", "--", *files)
    times = [int(t) for t in git("log", "--format=%at", "--", *files).split()]
    if not times:  # nothing of it committed yet
        assert shown is None, f"{page}.html shows a date, but none of its files is committed"
        return
    assert shown is not None, f"{page}.html shows no 'last updated' date"
    assert shown.split() == ["Last", "updated", "on", newest], (
        f"{page}.html: rebuild the site if a commit came after the build; files: {files}"
    )
    latest = datetime.fromtimestamp(max(times), UTC)
    assert meta(page, "article:modified_time") == latest.isoformat()


def test_a_page_is_dated_by_its_recordings_not_only_its_source():
    """At least one page's newest file is a snippet or recording, not its
    Markdown: otherwise the test above would not tell the two rules apart."""
    later = []
    for page in PAGES:
        source = git("log", "-1", "--format=%at", "--", f"docs/{page}.md")
        files = [str(p.relative_to(ROOT)) for p in shown_files(page)]
        newest = git("log", "-1", "--format=%at", "--", *files)
        if source and newest and int(newest) > int(source):
            later.append(page)
    assert later


# -- the 404 page --------------------------------------------------------------


def test_the_404_page_has_a_search_box_and_links_home():
    document = soup("404")
    assert "Page not found" in document.get_text()
    site_path = urlsplit(base_url()).path
    article = document.find("article")
    assert article is not None
    form = article.find("form", role="search")
    assert form is not None, "404.html: no search form in the page's text"
    assert form["action"] == f"{site_path}search.html"
    box = form.find("input", attrs={"name": "q"})
    assert box is not None and box.get("id")
    assert article.find("label", attrs={"for": box["id"]}) is not None
    links = {str(a["href"]) for a in article.find_all("a")}
    assert f"{site_path}index.html" in links
    if (DOCS / "glance.md").is_file():
        assert f"{site_path}glance.html" in links
    # Served for any missing address, so every link starts from the site's root.
    addresses = [
        str(tag.get("href") or tag.get("src"))
        for tag in document.find_all(["a", "link", "script", "img", "form"])
        if tag.get("href") or tag.get("src")
    ]
    relative = [a for a in addresses if not a.startswith((site_path, base_url(), "#", "https://"))]
    assert not relative, f"404.html has relative links: {relative[:5]}"


def test_the_404_page_is_in_neither_the_sitemap_nor_the_search_index():
    assert f"{base_url()}404.html" not in sitemap()
    assert '"404"' not in (SITE / "searchindex.js").read_text(encoding="utf-8")


def test_the_404_search_box_searches(page: Page, site: str):
    if urlsplit(base_url()).path != "/":
        pytest.skip("built for a site below /: its 404 page's links point there")
    page.goto("404.html")
    page.get_by_label("Search the site").fill("tobytes")
    page.get_by_label("Search the site").press("Enter")
    expect(page).to_have_url(re.compile(r"/search\.html\?q=tobytes$"))
    expect(page.locator("#search-results")).to_contain_text("tobytes")


# -- the favicon ---------------------------------------------------------------


@pytest.mark.parametrize("path", ["index.html", "reference/methods.html"])
def test_the_favicon_loads_and_no_request_fails(page: Page, site: str, path: str):
    failed: list[str] = []

    def check(response: Response) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    page.on("response", check)
    page.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))
    page.goto(path, wait_until="load")
    icon = page.locator('head link[rel~="icon"]')
    expect(icon).to_have_count(1)
    href = icon.evaluate("link => link.href")
    response = page.request.get(href)
    assert response.status == 200, f"{href}: {response.status}"
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in response.body()
    assert not failed, f"{path}: {failed}"
