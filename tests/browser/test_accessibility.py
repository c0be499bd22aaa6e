"""Every page passes axe-core's WCAG 2 A and AA rules, at desktop width.

No rule and no element is left out.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser

from .helpers import BrowserLog, new_context, site_pages

# resultTypes only trims the details axe gathers for rules that pass; every
# violation is still reported with all its elements.  It halves the time.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]},
    "resultTypes": ["violations"],
}
# Pages audited side by side: each has a renderer process of its own, and a
# large page takes axe several seconds.
POOL = 3

Violations = list[dict[str, Any]]


@pytest.fixture(scope="module")
def audits(browser: Browser, site: str, axe_source: str) -> dict[str, Violations]:
    """axe's violations for every page of the site, by page name."""
    context = new_context(browser, site, BrowserLog(site))
    tabs = [context.new_page() for _ in range(POOL)]
    names = site_pages()
    results: dict[str, Violations] = {}
    for start in range(0, len(names), POOL):
        batch = list(zip(tabs, names[start : start + POOL], strict=False))
        for tab, name in batch:
            tab.goto(name, wait_until="commit")
        for tab, _ in batch:
            tab.wait_for_load_state("load")
            tab.add_script_tag(content=axe_source)
            tab.evaluate("options => { window.__audit = axe.run(document, options); }", AXE_OPTIONS)
        for tab, name in batch:
            results[name] = tab.evaluate("() => window.__audit.then(r => r.violations)")
    context.close()
    return results


def describe(violations: Violations) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}; {len(v['nodes'])} elements")
        for node in v["nodes"][:4]:
            lines.append(f"    {' '.join(map(str, node['target']))}:  {node['html'][:120]}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", site_pages())
def test_the_page_has_no_wcag2_a_or_aa_violations(audits: dict[str, Violations], name: str):
    violations = audits[name]
    assert not violations, f"axe found on {name}:\n{describe(violations)}"
