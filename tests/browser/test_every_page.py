"""Every page of the built site, loaded once: it logs no JavaScript error,
asks no host but the site's own for anything (no fonts, scripts or images
from a CDN), and passes axe-core's WCAG 2 A and AA rules at desktop width;
a few pages are checked at phone width too.

No axe rule and no element is left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import pytest
from playwright.sync_api import Browser, Page

from .helpers import PHONE, BrowserLog, new_context, site_pages

# resultTypes only trims the details axe gathers for rules that pass; every
# violation is still reported with all its elements.  It halves the time.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]},
    "resultTypes": ["violations"],
}


@pytest.fixture(scope="module")
def tab(browser: Browser, site: str) -> Iterator[tuple[Page, BrowserLog]]:
    """One tab for the whole tour: loading 30 pages is quick when the
    browser need not set up a context for each."""
    log = BrowserLog(site)
    context = new_context(browser, site, log)
    yield context.new_page(), log
    context.close()


class Visit(NamedTuple):
    name: str
    page: Page
    log: BrowserLog


@pytest.fixture(scope="module", params=site_pages())
def visit(request: pytest.FixtureRequest, tab: tuple[Page, BrowserLog]) -> Visit:
    """The page, loaded once for both tests: pytest runs the tests of one
    page together, since this fixture is module-scoped."""
    page, log = tab
    log.clear()
    response = page.goto(request.param, wait_until="load")
    assert response is not None and response.status == 200, f"{request.param} did not load"
    return Visit(request.param, page, log)


def test_the_page_loads_without_errors_or_requests_outside_the_site(visit: Visit):
    name, _, log = visit
    assert not log.console_errors, f"console errors on {name}: {log.console_errors}"
    assert not log.page_errors, f"uncaught exceptions on {name}: {log.page_errors}"
    assert not log.outside_requests(), f"{name} asked outside the site: {log.outside_requests()}"


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}; {len(v['nodes'])} elements")
        for node in v["nodes"][:4]:
            lines.append(f"    {' '.join(map(str, node['target']))}   {node['html'][:100]}")
    return "\n".join(lines)


def test_the_page_has_no_wcag2_a_or_aa_violations(visit: Visit, axe_source: str):
    name, page, _ = visit
    page.add_script_tag(content=axe_source)
    violations = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
    assert not violations, f"axe found on {name}:\n{describe(violations)}"


# At phone width the layout changes: the navigation collapses, and wide code,
# tables and plots become regions that scroll sideways. These pages have all
# three.
PHONE_PAGES = ["index.html", "performance.html", "reference/methods.html", "versions.html"]


@pytest.mark.parametrize("name", PHONE_PAGES)
def test_at_phone_width_the_page_has_no_wcag2_a_or_aa_violations(
    page: Page, name: str, axe_source: str
):
    page.set_viewport_size(PHONE)
    page.goto(name, wait_until="load")
    page.add_script_tag(content=axe_source)
    violations = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
    assert not violations, f"axe found on {name} at {PHONE['width']} px:\n{describe(violations)}"
