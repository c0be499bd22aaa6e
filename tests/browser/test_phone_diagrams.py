"""Diagrams and plots on a phone and in dark mode: a diagram's labels stay
at least 11 CSS px tall at 390 px, no figure is wider than the column, and
a plot in dark mode is not a white box."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from .helpers import DESKTOP, PHONE, SITE, BrowserLog, new_context, site_pages

SMALLEST_LABEL = 11  # CSS px
SVG = "{http://www.w3.org/2000/svg}"

# The pages with drawn diagrams: SVG images in figures that are not plots.
DIAGRAM = re.compile(r'<figure class="(?![^"]*snipcheck-plot)[^"]*"[^>]*>\s*<img[^>]+\.svg"')
PAGES_WITH_DIAGRAMS = [
    name
    for name in site_pages()
    if (SITE / name).is_file() and DIAGRAM.search((SITE / name).read_text(encoding="utf-8"))
] or ["explanation/memory-layout.html"]

# The diagrams a reader sees: visible figures with an SVG image, plots apart.
VISIBLE_DIAGRAMS = """
() => [...document.querySelectorAll('article figure:not(.snipcheck-plot) img[src$=".svg"]')]
  .filter(img => img.offsetParent !== null)
  .map(img => ({src: img.src, width: img.getBoundingClientRect().width}))
"""

# Where each visible figure lies, and whether anything in it is wider than it.
FIGURE_BOXES = """
() => [...document.querySelectorAll('article figure')]
  .filter(f => f.offsetParent !== null)
  .map(f => {
    const img = f.querySelector('img').getBoundingClientRect();
    return {src: f.querySelector('img').src.split('/').pop(), left: img.left, right: img.right,
            scrolls: f.scrollWidth > f.clientWidth};
  })
"""

# The colour a reader sees at a plot's top left corner: its image's pixel
# through the image's CSS filter, or the page behind it where the pixel is
# transparent.
CORNER_COLOUR = """
async img => {
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d');
  context.filter = getComputedStyle(img).filter;
  context.drawImage(img, 0, 0);
  const [r, g, b, a] = context.getImageData(2, 2, 1, 1).data;
  if (a > 0) return [r, g, b];
  const behind = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
  return behind.slice(0, 3);
}
"""


def smallest_font(svg: str) -> float:
    """The smallest font size (px) of any text in an SVG drawn with classes
    whose sizes its own <style> sets."""
    root = ET.fromstring(svg)
    style = "".join(node.text or "" for node in root.iter(f"{SVG}style"))
    sizes = {
        name: float(size)
        for names, size in re.findall(r"([^{}]+)\{[^}]*font-size:\s*([\d.]+)px", style)
        for name in re.findall(r"\.([\w-]+)", names)
    }
    found = []
    for text in root.iter(f"{SVG}text"):
        own = [sizes[c] for c in (text.get("class") or "").split() if c in sizes]
        assert own, f"a text without a font size of its own: {text.text!r}"
        found.append(max(own))
    return min(found)


@pytest.fixture
def phone(browser: Browser, site: str) -> Iterator[BrowserContext]:
    context = new_context(browser, site, BrowserLog(site), viewport=PHONE)
    yield context
    context.close()


def diagram_labels(page: Page) -> list[tuple[str, float]]:
    """(file, smallest label in CSS px as drawn) of each diagram shown."""
    shown = []
    for diagram in page.evaluate(VISIBLE_DIAGRAMS):
        svg = page.request.get(diagram["src"]).text()
        view_width = float(ET.fromstring(svg).get("viewBox", "0 0 0 0").split()[2])
        scale = diagram["width"] / view_width
        shown.append((diagram["src"].rsplit("/", 1)[-1], smallest_font(svg) * scale))
    return shown


@pytest.mark.parametrize("name", PAGES_WITH_DIAGRAMS)
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_diagram_labels_stay_legible(
    browser: Browser, site: str, name: str, viewport: dict[str, int]
):
    context = new_context(browser, site, BrowserLog(site), viewport=viewport)
    try:
        page = context.new_page()
        page.goto(name)
        shown = diagram_labels(page)
        assert shown, f"{name} shows no diagram at {viewport['width']} px"
        small = [(file, round(px, 1)) for file, px in shown if px < SMALLEST_LABEL]
        assert not small, f"labels under {SMALLEST_LABEL} px at {viewport['width']} px: {small}"
    finally:
        context.close()


@pytest.mark.parametrize("name", [*PAGES_WITH_DIAGRAMS, "performance.html"])
def test_on_a_phone_no_figure_is_wider_than_the_column(phone: BrowserContext, name: str):
    page = phone.new_page()
    page.goto(name)
    for figure in page.evaluate(FIGURE_BOXES):
        assert figure["left"] >= 0 and figure["right"] <= PHONE["width"], f"{name}: {figure}"
        assert not figure["scrolls"], f"{name}: {figure['src']} scrolls sideways"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("how", ["the system's dark mode", "the theme's dark mode"])
def test_in_dark_mode_a_plot_is_not_a_white_box(browser: Browser, site: str, how: str):
    system = "dark" if how == "the system's dark mode" else "light"
    context = new_context(browser, site, BrowserLog(site), viewport=PHONE, color_scheme=system)
    try:
        page = context.new_page()
        if system == "light":
            # furo's theme button remembers the reader's choice here.
            page.add_init_script("localStorage.setItem('theme', 'dark')")
        page.goto("performance.html")
        page_colour = page.evaluate(
            "getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)"
        )
        assert max(page_colour) < 80, f"the page is not in dark mode: {page_colour}"
        plot = page.locator("figure.snipcheck-plot img").first
        red, green, blue = plot.evaluate(CORNER_COLOUR)
        assert max(red, green, blue) < 80, f"the plot's corner is ({red}, {green}, {blue})"
    finally:
        context.close()
