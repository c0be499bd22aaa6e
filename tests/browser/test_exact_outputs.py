"""Every version's exact output stays on the page.  Versions whose outputs
differ only in traceback decoration share one shown output, so the page
must still hold each recorded output, unaltered: in a tab, or under "Each
version's exact output".  Read from the built site and the recordings."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from snipcheck import display, recording

from .helpers import ROOT, SITE, site_pages


def shown_texts(example) -> set[str]:
    return {pre.get_text().rstrip("\n") for pre in example.select("pre")}


@pytest.mark.parametrize("name", site_pages())
def test_each_recorded_output_of_each_example_is_on_its_page(name: str):
    html = BeautifulSoup((SITE / name).read_text(), "html.parser")
    for data in html.select("div.snipcheck script.snipcheck-data"):
        example = data.find_parent("div", class_="snipcheck")
        key = json.loads(data.get_text())["key"]
        rec = recording.read(ROOT / "snippets" / f"{key}.rec")
        assert rec is not None, key
        if example.select_one("div.snipcheck-unrecorded") or not example.select("pre"):
            continue
        texts = shown_texts(example)
        for labels, out in display.shown_variants(rec):
            if not out.text:
                continue  # "It prints nothing", said in words
            assert out.text.rstrip("\n") in texts, (
                f"{name}: {key} does not show what {', '.join(labels)} printed"
            )
