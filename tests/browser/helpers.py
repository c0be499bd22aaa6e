"""Small pieces the browser tests share: where the site is, which pages it
has, and a log of what a browser context did."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request

ROOT = Path(__file__).resolve().parents[2]
# The built site: `make html`'s, or another build named by SNIPCHECK_SITE
# (an engineer's own folder, while _build/html is someone else's).
SITE = Path(os.environ.get("SNIPCHECK_SITE") or ROOT / "_build" / "html").resolve()
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "tests" / "screenshots"

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def site_pages() -> list[str]:
    """Every HTML page of the built site, relative to its root ("reference/methods.html").

    Used at collection time.  Without a build this still returns one page, so
    the tests that take it are collected and then fail through the ``site``
    fixture with "build the site first" instead of being skipped for an empty
    parameter list.
    """
    pages = sorted(
        name
        for name in (p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html"))
        if _has_source(name)
    )
    return pages or ["index.html"]


# Pages Sphinx and its extensions write without a source in docs/.
GENERATED = {"genindex.html", "search.html", "404.html", "py-modindex.html"}


def _has_source(name: str) -> bool:
    """Is the page still part of the site?  A build leaves the HTML of a
    page whose source was removed; that page is no longer the site's."""
    stem = name.removesuffix(".html")
    return name in GENERATED or any(
        (ROOT / "docs" / f"{stem}{suffix}").is_file() for suffix in (".md", ".rst")
    )


@dataclass
class BrowserLog:
    """What the pages of one context did: console errors, uncaught
    exceptions, and every request, in order."""

    base_url: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> None:
        """Log every page of ``context``."""
        context.on("console", self._console)
        context.on("weberror", lambda error: self._error(error.error, error.page))
        context.on("request", self._request)

    def attach_page(self, page: Page) -> None:
        """Log one page (its workers' requests included)."""
        page.on("console", self._console)
        page.on("pageerror", lambda error: self._error(error, page))
        page.on("request", self._request)

    def clear(self) -> None:
        self.console_errors.clear()
        self.page_errors.clear()
        self.requests.clear()

    def outside_requests(self) -> list[str]:
        """Requests to anything but the test server (data: and blob: URLs stay
        in the page)."""
        return [
            url for url in self.requests if not url.startswith((self.base_url, "data:", "blob:"))
        ]

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            self.console_errors.append(f"{message.text} ({where})" if where else message.text)

    def _error(self, error: Exception, page: Page | None) -> None:
        self.page_errors.append(f"{error} (on {page.url if page else '?'})")

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)


# Once a page has loaded and the browser is idle, the Run button loads
# CPython in the background (12 MB, about 1.4 CPU-seconds a page), unless
# the reader saves data.  The contexts of the tests save data, so that a
# test that stays on a page does not pay for a runtime it never runs; the
# property is configurable so that the Run button's tests can delete it.
SAVES_DATA = """
if (navigator.connection) {
  Object.defineProperty(navigator.connection, "saveData", { value: true, configurable: true });
}
"""


def new_context(
    browser: Browser,
    base_url: str,
    log: BrowserLog,
    viewport: dict[str, int] = DESKTOP,
    **options: Any,
) -> BrowserContext:
    """A fresh context (its own storage and cache) that logs into ``log``,
    for a reader who saves data (see SAVES_DATA); ``options`` go to
    Playwright's ``Browser.new_context`` (``color_scheme``, say)."""
    context = browser.new_context(
        viewport=viewport, device_scale_factor=1, base_url=base_url, **options
    )
    context.set_default_timeout(20_000)  # see expect.set_options in conftest.py
    context.add_init_script(SAVES_DATA)
    log.attach(context)
    return context


def snippet_data(page: Page) -> list[dict[str, Any]]:
    """The ``script.snipcheck-data`` JSON of every snippet on the page, in
    page order (the same order as ``div.snipcheck``)."""
    texts = page.locator("div.snipcheck script.snipcheck-data").all_text_contents()
    return [json.loads(text) for text in texts]


def typed_lines(transcript: str) -> str:
    """What a reader types in a recorded session: the prompt lines with
    their ``>>> `` / ``... `` prompts removed ("..." alone is an empty line)."""
    typed = []
    for line in transcript.splitlines():
        if line.startswith((">>> ", "... ")):
            typed.append(line[4:])
        elif line in (">>>", "..."):
            typed.append("")
    return "\n".join(typed)
