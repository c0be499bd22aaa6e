"""The copy button copies code a reader can run: the typed lines of a
session, without prompts and without output."""

from __future__ import annotations

import json

from playwright.sync_api import BrowserContext, Page, expect

from .helpers import typed_lines


def test_the_copy_button_copies_the_typed_code_of_a_session_without_prompts_or_output(
    context: BrowserContext, page: Page, site: str
):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.rstrip("/"))
    page.goto("slicing.html")
    session = page.locator("div.snipcheck.snipcheck-session").first
    data = json.loads(session.locator("script.snipcheck-data").text_content() or "")
    block = session.locator("div.highlight:visible").first  # the open tab, if it has tabs
    block.hover()
    button = block.locator("button.copybtn")
    expect(button).to_have_count(1)
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")

    shown = block.locator("pre").text_content() or ""
    outputs = [line for line in shown.splitlines() if line and not line.startswith(">>>")]
    assert ">>> " not in copied and not any(
        line.startswith("... ") for line in copied.splitlines()
    ), f"the copied text keeps prompts:\n{copied}"
    leaked = [line for line in outputs if line in copied.splitlines()]
    assert not leaked, f"the copied text holds output lines: {leaked}"
    assert copied == typed_lines(shown), "the copied text is not what the session typed"
    assert copied.rstrip("\n") == data["code"].rstrip("\n"), (
        f"the copied text is not the snippet {data['key']}:\n{copied}"
    )
    compile(copied, "x", "exec")


def test_output_blocks_have_no_copy_button(page: Page):
    # Pages that show scripts, whose output is a block of its own.
    for name in ["howto/read-into-buffer.html", "versions.html", "reference/attributes.html"]:
        page.goto(name)
        expect(page.locator("div.snipcheck-output").first).to_be_attached()
        with_button = page.locator("div.snipcheck-output button.copybtn")
        expect(with_button, f"an output block on {name} has a copy button").to_have_count(0)
        # The code of the same scripts does have one.
        code = page.locator("div.snipcheck-script > div:not(.snipcheck-output) > div.highlight")
        expect(code.first.locator("button.copybtn")).to_have_count(1)
