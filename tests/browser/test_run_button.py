"""The Run button: every snippet can be edited and run on CPython 3.14
(Pyodide) in the reader's browser, loaded from the site itself once the
page has loaded, when the reader moves towards a Run button or the browser
is idle.

The contract these tests hold the button to: each ``div.snipcheck`` gets a
``button.snipcheck-run``; a click creates ``textarea.snipcheck-run-code``
(over ``pre.snipcheck-run-shown``, the same code highlighted),
``pre.snipcheck-run-output`` and ``p.snipcheck-run-status``, and folds the
example as recorded into ``details.snipcheck-run-original``; the output is
what the engine would record for that snippet, masked the same way, so it
can be compared with a recording character for character.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, Route, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from snipcheck import display, outcome, snippets
from snipcheck.config import Config

from .conftest import CHROMIUM, CHROMIUM_ARGS
from .helpers import PHONE, ROOT, SITE, BrowserLog, new_context, snippet_data

PYODIDE = "3.14-pyodide"
RUNTIME = "/_static/pyodide/"
WASM = "pyodide.asm.wasm"  # the runtime's largest file: a load has begun
FIRST_RUN = 60_000  # ms: loading CPython (about 14 MB of WebAssembly) comes first
LATER_RUN = 15_000
SAMPLE_PAGES = ["slicing.html", "indexing.html", "casting.html"]


# Scripts run in a page before its own.  Each Worker the page makes is
# noted with the page's readyState and the time, to tell when a load began.
COUNT_WORKERS = """
window.workersMade = [];
const PageWorker = window.Worker;
window.Worker = function (url, options) {
  window.workersMade.push({ at: performance.now(), state: document.readyState });
  return new PageWorker(url, options);
};
"""
# A reader who has not asked to save data, in a context where the other
# tests' reader has (helpers.new_context may emulate Save-Data with a
# configurable property, so that pages do not load CPython in the
# background of tests that never run it); nothing to undo otherwise.
SPENDS_DATA = """
if (navigator.connection && Object.getOwnPropertyDescriptor(navigator.connection, "saveData"))
  delete navigator.connection.saveData;
"""
# A browser that is never idle: only the reader's moves start a load.
NEVER_IDLE = """
window.realIdleCallback = window.requestIdleCallback;
window.requestIdleCallback = () => 0;
"""
# A reader who asked to save data (navigator.connection.saveData).
SAVE_DATA = """
if (navigator.connection) Object.defineProperty(navigator.connection, "saveData", { value: true });
else Object.defineProperty(navigator, "connection", { value: { saveData: true } });
"""
# Resolves once the page has drawn twice and the browser has been idle
# twice: by then it has delivered what its observers and idle callbacks
# registered at load were waiting for.
SETTLED = """
async () => {
  for (let i = 0; i < 2; i++) {
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise(done => (window.realIdleCallback || requestIdleCallback)(done));
    await new Promise(done => setTimeout(done, 0));
  }
}
"""


def requests_for(log: BrowserLog, ending: str) -> int:
    """How many times the page (or its worker) asked for a file whose URL
    ends with ``ending``."""
    return sum(url.split("?")[0].endswith(ending) for url in log.requests)


def wait_for_request(
    page: Page, log: BrowserLog, ending: str, after: int = 0, timeout: int = FIRST_RUN
) -> None:
    """Wait until the page (or its worker) has asked for a file whose URL
    ends with ``ending`` more than ``after`` times."""
    waited = 0
    while requests_for(log, ending) <= after:
        if waited >= timeout:
            pytest.fail(f"{page.url} never asked for {ending} ({waited // 1000} s)", pytrace=False)
        page.wait_for_timeout(100)
        waited += 100


def open_untouched(
    browser: Browser, site: str, name: str, *scripts: str, held: list[Route] | None = None
) -> tuple[BrowserContext, Page, BrowserLog]:
    """A new context with ``scripts`` run before the page's own, the page
    ``name`` open in it and settled, and the mouse nowhere near it.
    ``held``: requests for the runtime's binary are held back and put
    there, for the test to let go."""
    log = BrowserLog(site)
    context = new_context(browser, site, log)
    for script in (SPENDS_DATA, COUNT_WORKERS, *scripts):
        context.add_init_script(script)
    if held is not None:
        context.route(f"**/{WASM}", lambda route: held.append(route))
    page = context.new_page()
    page.goto(name)
    page.evaluate(SETTLED)
    return context, page, log


def runtime_requests(log: BrowserLog) -> list[str]:
    return [url for url in log.requests if RUNTIME in url]


def wait_for_output(page: Page, log: BrowserLog, timeout: int, contains: str = "") -> str:
    """The text of the run's output once there is one (holding ``contains``)."""
    try:
        page.wait_for_function(
            """contains => {
                const out = document.querySelector("pre.snipcheck-run-output");
                return out !== null && out.textContent.length > 0
                    && out.textContent.includes(contains);
            }""",
            arg=contains,
            timeout=timeout,
        )
    except PlaywrightTimeout:
        status = page.locator("p.snipcheck-run-status").all_text_contents()
        output = page.locator("pre.snipcheck-run-output").all_text_contents()
        pytest.fail(
            f"no output{f' holding {contains!r}' if contains else ''} after {timeout // 1000} s"
            f" on {page.url}; status: {status}; output: {output};"
            f" page errors: {log.page_errors}; console errors: {log.console_errors}",
            pytrace=False,
        )
    return page.locator("pre.snipcheck-run-output").text_content() or ""


@dataclass
class FirstRun:
    """A page whose first snippet was run once, and what happened."""

    page: Page
    log: BrowserLog
    data: dict[str, Any]  # the snippet's script.snipcheck-data
    fetched_before_click: list[str]  # requests for the runtime before the click
    output: str


@pytest.fixture(scope="module")
def first_run(browser: Browser, site: str) -> Iterator[Callable[[str], FirstRun]]:
    """``first_run(page_name)``: open the page, let it load CPython while
    nothing is touched (the browser is idle), click the Run button of its
    first snippet and wait for the output.  Done once per page for the whole
    module, because loading CPython takes seconds; each tab has its own."""
    context = new_context(browser, site, BrowserLog(site))
    context.add_init_script(SPENDS_DATA)
    done: dict[str, FirstRun] = {}

    def run(name: str) -> FirstRun:
        if name not in done:
            log = BrowserLog(site)
            page = context.new_page()
            log.attach_page(page)
            page.goto(name)
            wait_for_request(page, log, WASM)
            page.wait_for_load_state("networkidle")
            before = [url for url in log.requests if RUNTIME in url]
            snippet = page.locator("div.snipcheck").first
            data = json.loads(snippet.locator("script.snipcheck-data").text_content() or "")
            snippet.locator("button.snipcheck-run").click()
            output = wait_for_output(page, log, FIRST_RUN)
            done[name] = FirstRun(page, log, data, before, output)
        return done[name]

    yield run
    context.close()


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_every_snippet_on_the_page_has_one_run_button(page: Page, name: str):
    page.goto(name)
    snippets = page.locator("div.snipcheck")
    assert snippets.count() > 0
    counts = snippets.evaluate_all(
        "all => all.map(s => s.querySelectorAll('button.snipcheck-run').length)"
    )
    keys = [d["key"] for d in snippet_data(page)]
    wrong = {key: n for key, n in zip(keys, counts, strict=True) if n != 1}
    assert not wrong, f"snippets on {name} without exactly one Run button: {wrong}"


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_cpython_is_fetched_from_the_site_only(first_run: Callable[[str], FirstRun], name: str):
    run = first_run(name)
    assert any(url.endswith(WASM) for url in run.fetched_before_click), run.fetched_before_click
    assert not run.log.outside_requests(), f"requests outside: {run.log.outside_requests()}"
    assert not run.log.page_errors, run.log.page_errors
    assert not run.log.console_errors, run.log.console_errors


def test_an_untouched_page_loads_cpython_when_idle_after_it_has_loaded_and_says_nothing(
    browser: Browser, site: str
):
    context, page, log = open_untouched(browser, site, "slicing.html")
    try:
        wait_for_request(page, log, WASM)
        made = page.evaluate("window.workersMade")
        loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
        assert len(made) == 1 and made[0]["state"] == "complete", made
        assert made[0]["at"] >= loaded, f"CPython began loading before the page had loaded: {made}"
        # A load nobody asked for is not shown.
        expect(page.locator("p.snipcheck-run-status")).to_have_count(0)
        texts = set(page.locator("button.snipcheck-run").all_text_contents())
        assert texts == {"Run"}, texts
        assert not log.outside_requests(), log.outside_requests()
    finally:
        context.close()


@pytest.mark.parametrize(
    "move", ["hover", "focus", "scroll"], ids=lambda move: f"a reader's {move}"
)
def test_a_readers_move_towards_a_run_button_loads_cpython(browser: Browser, site: str, move: str):
    context, page, log = open_untouched(browser, site, "indexing.html", NEVER_IDLE)
    try:
        assert not runtime_requests(log), runtime_requests(log)
        assert page.evaluate("window.workersMade") == []
        button = page.locator("button.snipcheck-run").first
        expect(button).to_be_in_viewport()  # hovering it scrolls nothing
        if move == "hover":
            button.hover()
        elif move == "focus":
            button.evaluate("b => b.focus({ preventScroll: true })")
        else:
            page.mouse.wheel(0, 3 * page.viewport_size["height"])  # type: ignore[index]
        wait_for_request(page, log, WASM)
        assert len(page.evaluate("window.workersMade")) == 1
    finally:
        context.close()


def test_a_reader_who_saves_data_loads_cpython_only_on_hover_or_focus(browser: Browser, site: str):
    context, page, log = open_untouched(browser, site, "slicing.html", SAVE_DATA)
    try:
        page.mouse.wheel(0, 3 * page.viewport_size["height"])  # type: ignore[index]
        page.evaluate(SETTLED)
        assert not runtime_requests(log), f"loaded while idle or scrolling: {runtime_requests(log)}"
        assert page.evaluate("window.workersMade") == []
        page.locator("button.snipcheck-run").last.hover()
        wait_for_request(page, log, WASM)
    finally:
        context.close()


def test_a_click_during_a_load_nobody_asked_for_shows_that_cpython_is_loading(
    browser: Browser, site: str
):
    # The binary is held back until the click has been seen.
    held: list[Route] = []
    context, page, log = open_untouched(browser, site, "slicing.html", held=held)
    try:
        wait_for_request(page, log, WASM)
        expect(page.locator("p.snipcheck-run-status")).to_have_count(0)
        snippet = page.locator("div.snipcheck").first
        snippet.locator("button.snipcheck-run").click()
        expect(snippet.locator("button.snipcheck-run")).to_have_text("Loading\u2026")
        expect(snippet.locator("p.snipcheck-run-status")).to_contain_text("Loading")
        assert len(held) == 1, f"the click started another load: {len(held)} requests"
        held[0].continue_()
        data = json.loads(snippet.locator("script.snipcheck-data").text_content() or "")
        expected, label = expected_output(data)
        output = wait_for_output(page, log, FIRST_RUN)
        assert output == expected, f"{data['key']} differs from {label}"
        expect(snippet.locator("p.snipcheck-run-status")).to_contain_text(
            "loading CPython included"
        )
    finally:
        context.close()


def test_after_a_run_that_changed_cpython_a_fresh_one_loads_for_the_next(
    browser: Browser, site: str
):
    context, page, log = open_untouched(browser, site, "slicing.html")
    try:
        snippet = page.locator("div.snipcheck").first
        button = snippet.locator("button.snipcheck-run")
        # Clicked without the mouse, which would rest on the button: that
        # is a reader's intent, and would load a fresh CPython by itself.
        button.evaluate("b => b.click()")
        wait_for_output(page, log, FIRST_RUN)
        workers = len(page.evaluate("window.workersMade"))
        loads = requests_for(log, WASM)
        # A warning filter outlives the run: the engine would not use its
        # runtime again, and the page does not use this one again either.
        snippet.locator("textarea.snipcheck-run-code").fill(
            "import warnings\nwarnings.simplefilter('ignore')"
        )
        button.evaluate("b => b.click()")
        expect(snippet.locator("p.snipcheck-run-status")).to_contain_text("You edited the code")
        # No click needed: a fresh CPython is loading for the next run.
        page.wait_for_function(f"window.workersMade.length > {workers}")
        wait_for_request(page, log, WASM, after=loads)
        expect(button).to_have_text("Run again")
    finally:
        context.close()


def test_a_second_page_takes_cpython_from_the_browsers_cache(
    playwright: Playwright, site: str, dead_end: str, tmp_path: Path
):
    # A browser with a profile on disk, as a reader's is: the contexts of
    # the other tests keep their cache in memory, which leaves out files as
    # large as the runtime's binary.
    context = playwright.chromium.launch_persistent_context(
        tmp_path / "profile",
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        proxy={"server": dead_end, "bypass": "127.0.0.1"},
        base_url=site,
    )
    log = BrowserLog(site)
    log.attach(context)
    try:
        page = context.pages[0] if context.pages else context.new_page()
        page.goto("slicing.html")
        wait_for_request(page, log, WASM)
        page.wait_for_load_state("networkidle")
        log.clear()
        page.goto("indexing.html")
        wait_for_request(page, log, WASM)
        page.wait_for_load_state("networkidle")
        # What the second page's worker received over the network for each
        # of the runtime's two large files (its Resource Timing).
        (worker,) = [w for w in page.workers if "runbutton.js" in w.url]
        sent = worker.evaluate(
            """() => performance.getEntriesByType("resource")
                .filter(e => /[.](wasm|zip)$/.test(e.name))
                .map(e => [e.name.split("/").pop(), e.transferSize])"""
        )
        assert len(sent) == 2, sent
        # Nothing, or the headers of a "304 Not Modified".
        assert all(size < 2000 for _, size in sent), f"downloaded again: {sent}"
    finally:
        context.close()


def test_a_click_opens_an_editor_an_output_and_a_status(first_run: Callable[[str], FirstRun]):
    page = first_run("slicing.html").page
    expect(page.locator("textarea.snipcheck-run-code")).to_have_count(1)
    expect(page.locator("pre.snipcheck-run-output")).to_have_count(1)
    expect(page.locator("p.snipcheck-run-status")).to_have_count(1)
    expect(page.locator("textarea.snipcheck-run-code")).to_be_editable()
    expect(page.locator("p.snipcheck-run-status")).not_to_be_empty()


# What the status line, the amount loaded and the button said, each time
# one of them changed, from the click until the run was over.
WATCH = """
() => {
  window.seen = [];
  const note = () => {
    const status = document.querySelector("p.snipcheck-run-status");
    const loading = document.querySelector(".snipcheck-run-loading");
    const now = [
      status ? status.textContent : "",
      loading && !loading.hidden ? loading.textContent : "",
      document.querySelector("button.snipcheck-run").textContent,
    ];
    const last = window.seen[window.seen.length - 1];
    if (!last || last.join() !== now.join()) window.seen.push(now);
  };
  new MutationObserver(note).observe(document.body,
    {subtree: true, childList: true, characterData: true, attributes: true});
}
"""


def test_while_cpython_loads_the_reader_sees_how_far_it_has_got(browser: Browser, slow_site: str):
    # Saving data, so that CPython is not loaded before the click.
    context, page, log = open_untouched(browser, slow_site, "slicing.html", SAVE_DATA)
    try:
        page.evaluate(WATCH)
        page.locator("button.snipcheck-run").first.click()
        wait_for_output(page, log, FIRST_RUN)
        seen = page.evaluate("window.seen")
    finally:
        context.close()
    statuses = [status for status, _, _ in seen]
    stages = ["downloading CPython", "starting CPython", "loading the example runner", "Running"]
    said = [next((n for n, s in enumerate(statuses) if stage in s), None) for stage in stages]
    assert None not in said and said == sorted(said), f"stages out of order: {statuses}"
    amounts = [amount for _, amount, _ in seen if amount]
    assert any(re.fullmatch(r"\d+\.\d of \d+\.\d MB", a) for a in amounts), amounts
    buttons = [button for status, _, button in seen if "downloading" in status]
    assert set(buttons) == {"Loading\u2026"}, f"while CPython loads the button says {buttons}"
    assert seen[-1][2] == "Run again"


def test_after_a_run_the_editor_takes_the_examples_place(first_run: Callable[[str], FirstRun]):
    snippet = first_run("indexing.html").page.locator("div.snipcheck").first
    # The code is shown once, in the editor; the example as recorded is
    # folded away under it, the new output below the line of tools.
    original = snippet.locator("details.snipcheck-run-original")
    expect(original).to_have_count(1)
    expect(original).not_to_have_attribute("open", "")
    expect(snippet.locator("div.highlight pre:visible")).to_have_count(1)  # the editor's
    order = snippet.evaluate(
        """s => [".snipcheck-run-editor", ".snipcheck-tools", "pre.snipcheck-run-output",
                 "details.snipcheck-run-original"]
            .map(css => s.querySelector(css).getBoundingClientRect().top)"""
    )
    assert order == sorted(order), f"editor, tools, output, recorded: {order}"
    original.locator("summary").click()
    expect(original.locator("div.highlight pre").first).to_be_visible()
    original.locator("summary").click()


def test_the_editor_highlights_python_and_shows_its_first_line(
    first_run: Callable[[str], FirstRun],
):
    run = first_run("indexing.html")
    area = run.page.locator("textarea.snipcheck-run-code")
    shown = run.page.locator("pre.snipcheck-run-shown")
    assert shown.text_content() == area.input_value() + "\n"
    expect(shown.locator("span.nb", has_text="memoryview").first).to_be_attached()
    # All of the code fits: nothing to scroll, the first line at the top.
    assert area.evaluate("a => a.scrollTop === 0 && a.scrollHeight <= a.clientHeight")
    # Text and colours lie on the same place, character for character.
    boxes = run.page.evaluate(
        """() => [document.querySelector("textarea.snipcheck-run-code"),
                  document.querySelector("pre.snipcheck-run-shown")].map(e => {
            const s = getComputedStyle(e), r = e.getBoundingClientRect();
            return [r.left, r.top, s.paddingLeft, s.paddingTop, s.fontFamily, s.fontSize,
                    s.lineHeight, s.borderLeftWidth, s.borderTopWidth];
        })"""
    )
    assert boxes[0] == boxes[1], boxes


def test_on_a_phone_the_editor_opens_in_view(browser: Browser, site: str):
    log = BrowserLog(site)
    context = new_context(browser, site, log, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto("howto/parse-binary-header.html")
        button = page.locator("button.snipcheck-run").first
        button.scroll_into_view_if_needed()
        button.click()
        wait_for_output(page, log, FIRST_RUN)
        area = page.locator("textarea.snipcheck-run-code")
        top = area.evaluate("a => a.getBoundingClientRect().top")
        assert 0 <= top < PHONE["height"], f"the editor's first line is off the screen ({top})"
        assert area.evaluate("a => a.scrollTop === 0 && a.scrollHeight <= a.clientHeight")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    finally:
        context.close()


def test_edited_code_runs_on_the_next_click(first_run: Callable[[str], FirstRun]):
    run = first_run("slicing.html")
    run.page.locator("textarea.snipcheck-run-code").fill("import sys\n1 + 1")
    # The highlighting follows the edit.
    expect(run.page.locator("pre.snipcheck-run-shown span.kn")).to_have_text("import")
    run.page.locator("div.snipcheck").first.locator("button.snipcheck-run").click()
    output = wait_for_output(run.page, run.log, LATER_RUN, contains=">>> 1 + 1\n2")
    assert ">>> 1 + 1\n2" in output
    assert not run.log.page_errors, run.log.page_errors


def expected_output(data: dict[str, Any]) -> tuple[str, str]:
    """The recording a browser run must match, and which one it is."""
    outputs = data["outputs"]
    if PYODIDE in outputs:
        return outputs[PYODIDE]["text"], PYODIDE
    # Recordings for 3.14-pyodide are being added.  Until a snippet has one,
    # its 3.13 recording stands in, but only where every native version
    # printed the same thing: then nothing version-specific is in it.
    texts = {output["text"] for output in outputs.values()}
    if "3.13" in outputs and len(texts) == 1:
        return outputs["3.13"]["text"], "3.13, where every native version agrees"
    pytest.fail(
        f"{data['key']} has no {PYODIDE} recording, and its native recordings differ",
        pytrace=False,
    )


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_the_first_snippet_prints_in_the_browser_exactly_what_was_recorded(
    first_run: Callable[[str], FirstRun], name: str
):
    run = first_run(name)
    expected, label = expected_output(run.data)
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            run.output.splitlines(keepends=True),
            f"recorded ({label})",
            "in the browser",
        )
    )
    assert run.output == expected, f"{run.data['key']} on {name}:\n{diff}"


def test_before_it_loads_the_runtime_is_named_as_pages_name_versions(page: Page):
    page.goto("indexing.html")
    name = display.version_ranges([PYODIDE], [PYODIDE])  # "Pyodide 3.14"
    expect(page.locator("span.snipcheck-run-note").first).to_have_text(
        f"{name}: CPython compiled to WebAssembly, in your browser"
    )


def test_the_button_loads_the_engine_modules_the_build_lists(
    first_run: Callable[[str], FirstRun],
):
    run = first_run("slicing.html")
    engine = json.loads((SITE / "_static" / "pyodide" / "snipcheck" / "engine.json").read_text())
    fetched = {
        url.split("?")[0].rsplit("/", 1)[-1]
        for url in run.log.requests
        if f"{RUNTIME}snipcheck/" in url
    }
    assert sorted(fetched) == sorted([*engine["files"], "engine.json"])


def test_a_run_that_cannot_be_recorded_is_reported_in_the_engines_words(
    first_run: Callable[[str], FirstRun], project: Config
):
    run = first_run("casting.html")
    snippet = run.page.locator("div.snipcheck").first
    snippet.locator("textarea.snipcheck-run-code").fill("print('x' * 2_000_000)")
    snippet.locator("button.snipcheck-run").click()
    source = snippets.load(ROOT / "snippets" / f"{run.data['key']}.py", ROOT / "snippets")
    too_long = SimpleNamespace(snippet=source, status="output-limit")
    problem, _ = outcome.run_problem(too_long, project)
    name = display.version_ranges([PYODIDE], [PYODIDE])
    expect(snippet.locator("p.snipcheck-run-status")).to_have_text(
        f"{source.filename} on {name}: {problem}.", timeout=LATER_RUN
    )
    expect(snippet.locator("pre.snipcheck-run-output")).to_be_hidden()
