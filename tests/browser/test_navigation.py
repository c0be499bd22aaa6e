"""A reader finds every part of the site from the landing page and the sidebar."""

from __future__ import annotations

from playwright.sync_api import Page, expect

# The landing page's cards: one per kind of page a reader looks for.
CARDS = {
    "Tutorial": "tutorial.html",
    "Core topics": "syntax.html",
    "How-to recipes": "howto/index.html",
    "Reference": "reference/index.html",
    "Explanation": "explanation/index.html",
}
CORE_PAGES = [
    "syntax.html",
    "notes.html",
    "errors.html",
    "indexing.html",
    "slicing.html",
    "casting.html",
]


def test_the_landing_page_links_to_tutorial_core_pages_howto_reference_and_explanation(
    page: Page, site: str
):
    page.goto("index.html")
    content = page.locator("article[role=main]")
    for title, target in CARDS.items():
        card = content.locator(".sd-card", has=page.locator(".sd-card-title", has_text=title))
        expect(card, f"the landing page has no {title!r} card").to_have_count(1)
        expect(card).to_be_visible()
        link = card.locator("a.sd-stretched-link")
        assert link.get_attribute("href") == target, f"the {title!r} card links elsewhere"
    sidebar = page.locator(".sidebar-tree")
    for target in ["tutorial.html", *CORE_PAGES]:
        link = sidebar.locator(f'a.reference[href="{target}"]')
        expect(link, f"the sidebar of the landing page has no link to {target}").to_be_visible()
    # A card is a link as a whole: following one lands on its page.
    content.locator(".sd-card", has_text="Explanation").click()
    expect(page).to_have_url(site + "explanation/index.html")


def test_following_the_sidebar_reaches_the_methods_reference(page: Page, site: str):
    page.goto("index.html")
    page.locator(".sidebar-tree").get_by_role("link", name="Reference", exact=True).click()
    expect(page).to_have_url(site + "reference/index.html")
    # The current page's subtree is open in the sidebar, so its children show.
    page.locator(".sidebar-tree").get_by_role("link", name="Methods", exact=True).click()
    expect(page).to_have_url(site + "reference/methods.html")
    expect(page.locator("h1")).to_contain_text("Methods")


def test_every_page_listed_in_the_sidebar_opens_with_status_200(page: Page, site: str):
    page.goto("index.html")
    links = page.locator(".sidebar-tree a.reference").evaluate_all(
        "links => links.map(a => a.href)"
    )
    assert len(links) >= 25, f"the sidebar lists only {len(links)} pages"
    statuses = {}
    for url in dict.fromkeys(links):
        # The status is known once the navigation commits; the next one may
        # cut the rendering short (every page renders in the console test).
        response = page.goto(url, wait_until="commit")
        statuses[url.removeprefix(site)] = response.status if response else None
    broken = {url: status for url, status in statuses.items() if status != 200}
    assert not broken, f"sidebar links that do not open: {broken}"
