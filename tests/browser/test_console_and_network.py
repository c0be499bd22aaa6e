"""Every page loads without a JavaScript error and without asking any host
but the site's own for anything (no fonts, scripts or images from a CDN)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from .helpers import BrowserLog, new_context, site_pages


@pytest.fixture(scope="module")
def shared(browser: Browser, site: str) -> Iterator[tuple[Page, BrowserLog]]:
    """One context for every page of this module: loading 30 pages is fast
    when the browser need not start a context for each."""
    log = BrowserLog(site)
    context = new_context(browser, site, log)
    yield context.new_page(), log
    context.close()


@pytest.mark.parametrize("name", site_pages())
def test_the_page_loads_without_errors_or_requests_outside_the_site(
    shared: tuple[Page, BrowserLog], name: str
):
    page, log = shared
    log.clear()
    response = page.goto(name, wait_until="load")
    assert response is not None and response.status == 200, f"{name} did not load"
    assert not log.console_errors, f"console errors on {name}: {log.console_errors}"
    assert not log.page_errors, f"uncaught exceptions on {name}: {log.page_errors}"
    assert not log.outside_requests(), f"{name} asked outside the site: {log.outside_requests()}"
