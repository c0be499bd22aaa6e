"""Where versions print different things, a snippet shows one tab per group
of versions, and the reader's choice follows them from page to page."""

from __future__ import annotations

import json
import re

from playwright.sync_api import BrowserContext, Locator, Page, expect

OLD = "3.8 – 3.12"
NEW = "3.13"


def tab(tab_set: Locator, title: str) -> tuple[Locator, Locator, Locator]:
    """The label, radio input and content of the tab called ``title``."""
    exact = re.compile(rf"^\s*{re.escape(title)}\s*$")
    label = tab_set.locator(":scope > label.sd-tab-label").filter(has_text=exact)
    label_id = label.get_attribute("for")
    return (
        label,
        tab_set.locator(f'input[id="{label_id}"]'),
        tab_set.locator(f'[id="{label_id}-content"]'),
    )


def test_choosing_the_old_versions_tab_shows_its_output_and_sticks_on_other_pages(
    context: BrowserContext, page: Page
):
    page.goto("errors.html")
    tab_set = page.locator(".sd-tab-set.snipcheck-versions").first
    titles = [t.strip() for t in tab_set.locator(":scope > label.sd-tab-label").all_inner_texts()]
    assert titles == [OLD, NEW], f"the first snippet on errors.html has tabs {titles}"
    old_label, old_input, old_content = tab(tab_set, OLD)
    _, new_input, new_content = tab(tab_set, NEW)
    # Unchosen, a snippet opens on its newest tab.
    expect(new_input).to_be_checked()
    expect(new_content).to_be_visible()
    expect(old_content).to_be_hidden()

    old_label.click()
    expect(old_input).to_be_checked()
    expect(old_content).to_be_visible()
    expect(new_content).to_be_hidden()
    shown = old_content.inner_text()
    assert "Traceback (most recent call last):" in shown
    assert "~~~" not in shown and "^^^" not in shown, (
        f"the {OLD} tab shows the caret lines that only 3.13 prints:\n{shown}"
    )
    assert "^^^" in (new_content.text_content() or ""), "the 3.13 tab lost its caret lines"
    remembered = page.evaluate("localStorage.getItem('snipcheck-versions')")
    assert json.loads(remembered) == ["3-8", "3-9", "3-10", "3-11", "3-12"]

    # Another page in the same context opens on the same versions.
    other = context.new_page()
    other.goto("indexing.html")
    sets = other.locator(".sd-tab-set.snipcheck-versions").all()
    split = [
        s
        for s in sets
        if [t.strip() for t in s.locator(":scope > label.sd-tab-label").all_inner_texts()]
        == [OLD, NEW]
    ]
    assert split, f"indexing.html has no snippet split between {OLD} and {NEW}"
    for n, tab_set in enumerate(split):
        label, input_, content = tab(tab_set, OLD)
        expect(input_, f"tab set {n} on indexing.html did not open on {OLD}").to_be_checked()
        expect(content).to_be_visible()
        expect(tab(tab_set, NEW)[2]).to_be_hidden()
        expect(label).to_have_class(re.compile(r"\bsnipcheck-v-3-8\b.*\bsnipcheck-v-3-12\b"))
