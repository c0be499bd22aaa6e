"""The answer in one screen: the "at a glance" page fits a laptop's screen
(two of a phone's), and the landing page shows an example before anything else."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from .helpers import DESKTOP, PHONE
from .test_every_page import AXE_OPTIONS, describe

# Everything a reader came for, the article, must be on the first screen.
# Below it only the footer may run on, by its one line of copyright and its
# margin (30 px); on this site's Chromium the whole document measured 853 px
# (article 812), so the slack is about 50 px before this test fails.
FOOTER_LINE = 30


def heights(page: Page) -> dict[str, float]:
    """The document's height and width and the bottom of the article, in CSS
    pixels, once the fonts are in."""
    page.evaluate("document.fonts.ready")
    return page.evaluate(
        """() => ({
            document: document.documentElement.scrollHeight,
            article: document.querySelector('article[role=main]').getBoundingClientRect().bottom
                     + window.scrollY,
            width: document.documentElement.scrollWidth,
        })"""
    )


def test_the_glance_page_fits_one_screen_at_1280x900(page: Page):
    page.goto("glance.html")
    measured = heights(page)
    assert measured["article"] <= DESKTOP["height"], (
        f"the article of glance.html ends at {measured['article']:.0f} px, "
        f"below the first screen ({DESKTOP['height']} px): shorten the page or tighten "
        "_static/glance.css"
    )
    assert measured["document"] <= DESKTOP["height"] + FOOTER_LINE, (
        f"glance.html is {measured['document']} px tall at 1280x900"
    )
    # Both columns: the errors table sits beside the code, not below it.
    code = page.locator(".glance .snipcheck").first.bounding_box()
    errors = page.locator(".glance-errors table").bounding_box()
    assert code and errors and errors["x"] > code["x"] + code["width"], (
        "the glance page is not laid out in two columns at 1280 px"
    )


def test_the_glance_page_takes_at_most_two_phone_screens(page: Page):
    page.set_viewport_size(PHONE)
    page.goto("glance.html")
    measured = heights(page)
    assert measured["document"] <= 2 * PHONE["height"], (
        f"glance.html is {measured['document']} px tall at 390x844, "
        f"more than two screens ({2 * PHONE['height']} px)"
    )
    # Wide tables scroll in their own frame; the page itself never does.
    assert measured["width"] <= PHONE["width"], (
        f"glance.html is {measured['width']} px wide on a 390 px phone"
    )


def test_the_glance_page_passes_axe_at_phone_width(page: Page, axe_source: str):
    # Its own phone layout: two tables turn their rows into wrapped lines.
    page.set_viewport_size(PHONE)
    page.goto("glance.html", wait_until="load")
    page.add_script_tag(content=axe_source)
    violations = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]
    assert not violations, (
        f"axe found on glance.html at {PHONE['width']} px:\n{describe(violations)}"
    )


def test_the_glance_page_is_first_in_the_navigation_and_on_the_landing_page(page: Page):
    page.goto("index.html")
    first = page.locator(".sidebar-tree a.reference").first
    expect(first).to_have_attribute("href", "glance.html")
    card = page.locator("article[role=main] .sd-card", has_text="At a glance")
    expect(card.locator("a.sd-stretched-link")).to_have_attribute("href", "glance.html")


def test_every_error_row_links_to_its_catalogue_entry(page: Page):
    page.goto("glance.html")
    rows = page.locator(".glance-errors tbody tr").count()
    links = page.locator(".glance-errors a[href*='error-catalogue.html#']")
    assert rows == 10, f"the errors table has {rows} rows, not ten"
    expect(links).to_have_count(rows)
    for i in range(rows):
        assert links.nth(i).inner_text().startswith(f"{i + 1} "), (
            f"the link for row {i + 1} of the errors table is {links.nth(i).inner_text()!r}"
        )


def test_the_landing_page_shows_an_example_above_the_fold(page: Page):
    page.goto("index.html")
    example = page.locator("article[role=main] div.snipcheck pre").first
    expect(example).to_be_visible()
    box = example.bounding_box()
    assert box and box["y"] + box["height"] <= DESKTOP["height"], (
        f"the landing page's first example ends at {box and box['y'] + box['height']:.0f} px, "
        f"below the first screen at 1280x900"
    )
    page.set_viewport_size(PHONE)
    box = example.bounding_box()
    assert box and box["y"] < PHONE["height"] / 2, (
        "on a 390x844 phone the landing page's first example does not start "
        "in the top half of the first screen"
    )
