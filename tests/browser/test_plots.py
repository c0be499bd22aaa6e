"""The performance page in a real browser: its plots load and are described,
and every number quoted in its prose was filled in from a recording."""

from __future__ import annotations

from playwright.sync_api import Page

from .helpers import PHONE


def test_every_plot_loads_and_has_a_description(page: Page):
    page.goto("performance.html")
    plots = page.locator("figure.snipcheck-plot img")
    # Two per measurement; the second sits in a closed section until opened.
    assert plots.count() == 2 * page.locator(".snipcheck-measurement").count() > 0
    for summary in page.locator("details.snipcheck-details > summary").all():
        summary.click()
    for n in range(plots.count()):
        plot = plots.nth(n)
        plot.scroll_into_view_if_needed()
        loaded = plot.evaluate("img => img.decode().then(() => img.naturalWidth)")
        assert loaded > 300, f"plot {n} did not load"
        assert len(plot.get_attribute("alt") or "") > 40, f"plot {n} has no useful alt text"
        caption = plot.locator("xpath=ancestor::figure//figcaption")
        assert " against " in caption.inner_text()
        # The plot itself says where and when it was measured, even downloaded.
        svg = page.request.get(plot.evaluate("img => img.src")).text()
        assert " cores, " in svg and "measured 20" in svg


def test_numbers_in_the_prose_come_from_recordings(page: Page):
    page.goto("performance.html")
    numbers = page.locator(".snipcheck-measured")
    assert numbers.count() >= 20
    for text in numbers.all_inner_texts():
        assert text[0].isdigit(), f"{text!r} is not a number with a unit"
    assert page.locator(".problematic").count() == 0


def test_on_a_phone_plots_fit_the_column_whole(page: Page):
    page.set_viewport_size(PHONE)
    page.goto("performance.html")
    for summary in page.locator("details.snipcheck-details > summary").all():
        summary.click()
    for figure in page.locator("figure.snipcheck-plot").all():
        figure.scroll_into_view_if_needed()
        image = figure.locator("img")
        box = image.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert figure.evaluate("f => f.scrollWidth <= f.clientWidth"), "the plot scrolls sideways"
        # Shrunk as a whole, in proportion: nothing cut off.
        natural = image.evaluate(
            "img => img.decode().then(() => img.naturalHeight / img.naturalWidth)"
        )
        assert abs(box["height"] / box["width"] - natural) < 0.02, "the plot is cut or stretched"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
