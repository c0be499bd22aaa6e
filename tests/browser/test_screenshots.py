"""Full-page screenshots of the key pages at desktop and phone widths, for
people to look at: tests/screenshots/<page>-<width>.png (not committed)."""

from __future__ import annotations

import struct

import pytest
from playwright.sync_api import Page

from .helpers import DESKTOP, PHONE, SCREENSHOTS

PAGES = [
    "index",
    "glance",
    "tutorial",
    "casting",
    "errors",
    "reference/methods",
    "explanation/memory-layout",
    "performance",
]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=lambda v: f"{v['width']} px wide")
@pytest.mark.parametrize("name", PAGES)
def test_a_full_page_screenshot_is_written(page: Page, name: str, viewport: dict[str, int]):
    page.set_viewport_size(viewport)
    page.goto(f"{name}.html")
    page.evaluate("document.fonts.ready")
    path = SCREENSHOTS / f"{name.replace('/', '-')}-{viewport['width']}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    page.screenshot(path=path, full_page=True)

    data = path.read_bytes()
    assert len(data) > 20_000, f"{path.name} is only {len(data)} bytes"
    width, height = png_size(data)
    assert height >= viewport["height"], f"{path.name} is {width}x{height}"
    # A full-page screenshot is as wide as the page: wider than the window
    # means the page itself scrolls sideways.
    assert width == viewport["width"], (
        f"{name}.html is {width} px wide in a {viewport['width']} px window"
    )
