"""Where versions print different things, a snippet shows one tab per group
of versions, and the reader's choice follows them from page to page.
Versions that differ only in how tracebacks are decorated share one output;
each version's exact output, with a tab per group, is one click away."""

from __future__ import annotations

import json

from playwright.sync_api import BrowserContext, Locator, Page, expect

OLD = "3.8 \u2013 3.12"  # an en dash, as the page writes it
OLD_VERSIONS = ["3-8", "3-9", "3-10", "3-11", "3-12"]
# The old tab: its label names every version from 3.8 to 3.12.
OLD_LABEL = ":scope > label.snipcheck-tab-label" + "".join(
    f".snipcheck-v-{v}" for v in OLD_VERSIONS
)
NEW_LABEL = ":scope > label.snipcheck-tab-label.snipcheck-v-3-13"


def parts(tab_set: Locator, label_selector: str) -> tuple[Locator, Locator, Locator]:
    """The label, radio input and panel of one tab of ``tab_set``."""
    label = tab_set.locator(label_selector)
    expect(label).to_have_count(1)
    tab_id = label.get_attribute("for")
    return (
        label,
        tab_set.locator(f'input[id="{tab_id}"]'),
        tab_set.locator(f'[id="{tab_id}-panel"]'),
    )


def open_exact_outputs(page: Page) -> None:
    """Open every "each version's exact output" section of the page."""
    for summary in page.locator("details.snipcheck-exact > summary").all():
        summary.click()


def split_tab_sets(page: Page) -> list[Locator]:
    """The tab sets of a page that have a 3.8 to 3.12 tab and a 3.13 tab."""
    sets = page.locator(".snipcheck-tabs.snipcheck-versions")
    return [s for s in sets.all() if s.locator(OLD_LABEL).count() and s.locator(NEW_LABEL).count()]


def test_versions_that_differ_only_in_decoration_show_one_output_and_offer_each(page: Page):
    page.goto("errors.html")
    example = page.locator("div.snipcheck:has(details.snipcheck-exact)").first
    # Outside the closed section there are no tabs: one output, the newest.
    expect(example.locator(".snipcheck-tabs:not(details *)")).to_have_count(0)
    shown = example.locator("div.highlight-pycon").first
    expect(shown).to_be_visible()
    assert "^^^" in shown.inner_text() or "~~~" in shown.inner_text()
    exact = example.locator("details.snipcheck-exact")
    expect(exact.locator(".snipcheck-tabs")).to_be_hidden()
    exact.locator("summary").click()
    tab_set = exact.locator(".snipcheck-tabs.snipcheck-versions")
    expect(tab_set).to_be_visible()
    expect(tab_set.locator(OLD_LABEL)).to_have_text(OLD)


def test_choosing_the_old_versions_tab_shows_its_output_and_sticks_on_other_pages(
    context: BrowserContext, page: Page
):
    page.goto("errors.html")
    open_exact_outputs(page)
    tab_set = split_tab_sets(page)[0]
    old_label, old_input, old_content = parts(tab_set, OLD_LABEL)
    _, new_input, new_content = parts(tab_set, NEW_LABEL)
    expect(old_label).to_have_text(OLD)
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
    assert json.loads(remembered) == OLD_VERSIONS

    # Another page in the same context opens on the same versions.
    other = context.new_page()
    other.goto("indexing.html")
    open_exact_outputs(other)
    split = split_tab_sets(other)
    assert split, f"indexing.html has no snippet split between {OLD} and 3.13"
    for n, tab_set in enumerate(split):
        _, old_input, old_content = parts(tab_set, OLD_LABEL)
        _, _, new_content = parts(tab_set, NEW_LABEL)
        expect(old_input, f"tab set {n} on indexing.html did not open on {OLD}").to_be_checked()
        expect(old_content).to_be_visible()
        expect(new_content).to_be_hidden()


def test_a_keyboard_reaches_the_tabs_and_switches_them_with_the_arrow_keys(page: Page):
    page.goto("errors.html")
    open_exact_outputs(page)
    tab_set = split_tab_sets(page)[0]
    old_label, old_input, old_content = parts(tab_set, OLD_LABEL)
    new_label, new_input, new_content = parts(tab_set, NEW_LABEL)
    # Screen readers hear a named group of radio buttons named by their labels.
    expect(tab_set).to_have_attribute("role", "group")
    expect(tab_set).to_have_attribute("aria-label", "Output by version")
    expect(tab_set.get_by_role("radio", name=OLD, exact=True)).to_have_count(1)
    expect(tab_set.get_by_role("radio", name=new_label.inner_text(), exact=True)).to_be_checked()

    # Tab from the top of the page reaches the open tab of the first set.
    for _ in range(400):
        page.keyboard.press("Tab")
        if new_input.evaluate("e => e === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the version tabs of errors.html")
    outline = "e => getComputedStyle(e).outlineStyle"
    assert new_label.evaluate(outline) != "none", "the focused tab shows no focus ring"

    page.keyboard.press("ArrowLeft")
    expect(old_input).to_be_checked()
    expect(old_input).to_be_focused()
    expect(old_content).to_be_visible()
    expect(new_content).to_be_hidden()
    assert old_label.evaluate(outline) != "none"
    remembered = page.evaluate("localStorage.getItem('snipcheck-versions')")
    assert json.loads(remembered) == OLD_VERSIONS, "a choice made by keyboard is not remembered"
