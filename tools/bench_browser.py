"""The Run button's figures for `make bench`: what a page costs to open and
how soon a click shows output (cold, after the page has been open 5 s, warm,
on a second page), beside `loadPyodide()` alone, in Debian's chromium.

Every time is taken inside the page (performance.now() from the click to
the status that ends the run), so Playwright's own round trips are not in
it.  Rounds are interleaved (each round measures every figure once), so a
change in the shared machine's load touches all figures alike.

    python tools/bench_browser.py [--rounds 5] [--site _build/html]
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import gzip
import http.server
import io
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from playwright.sync_api import Browser, Page, Request, sync_playwright  # noqa: E402

# The same browser and flags as the browser tests (closed network, root, no GPU).
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, _Handler  # noqa: E402

PAGE = "reference/methods.html"
SECOND = "indexing.html"
BLANK = "/bench-blank.html"  # served by the bench itself, beside the site
OPEN_FOR = 5.0  # s: "a click after the page has been open for five seconds"

# Issue 15's measurements of the button before it loaded anything early.
BASE_LOAD_PYODIDE = 3.76
BASE_COLD = 4.0
BASE_WARM = 0.077

SAVE_DATA = """
if (navigator.connection) Object.defineProperty(navigator.connection, "saveData", { value: true });
else Object.defineProperty(navigator, "connection", { value: { saveData: true } });
"""

# Click the index-th Run button; resolves to [ms until the status says the
# run is over, that status].
CLICK = """
async index => {
  const button = document.querySelectorAll("button.snipcheck-run")[index];
  const box = button.closest("div.snipcheck");
  const over = () => {
    const status = box.querySelector("p.snipcheck-run-status");
    return status && status.textContent && !/Loading|Running/.test(status.textContent)
      ? status.textContent : "";
  };
  const started = performance.now();
  button.click();
  const said = await new Promise(done => {
    if (over()) { done(over()); return; }
    new MutationObserver((_, watch) => {
      if (over()) { watch.disconnect(); done(over()); }
    }).observe(box, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return [performance.now() - started, said];
}
"""

# loadPyodide() alone, as the Run button calls it (same files, no packages).
LOAD_PYODIDE = """
async () => {
  const base = new URL("/_static/pyodide/", location.href).href;
  const started = performance.now();
  const module = await import(base + "pyodide.mjs");
  await module.loadPyodide({ indexURL: base, packages: [] });
  return performance.now() - started;
}
"""

DONE = "s => s && s.textContent && !/Loading|Running/.test(s.textContent)"

BLANK_HTML = b"<!doctype html><meta charset=utf-8><title>bench</title><p>blank"


class Host(_Handler):
    """Serves the site as a static web host does: text compressed with gzip
    when the browser accepts it, Last-Modified and a short max-age on every
    file (GitHub Pages sends 600 s); the content types Pyodide needs and
    quiet, as the browser tests' server (its base class)."""

    COMPRESSED = frozenset({".html", ".css", ".js", ".mjs", ".json", ".svg", ".py"})

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):  # type: ignore[no-untyped-def]
        if self.path == BLANK:
            return self._body(BLANK_HTML, "text/html", None)
        path = Path(self.translate_path(self.path))
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants and path.is_file() and path.suffix in self.COMPRESSED):
            return super().send_head()
        stamp = path.stat().st_mtime
        since = self.headers.get("If-Modified-Since")
        if since and email.utils.parsedate_to_datetime(since).timestamp() >= int(stamp):
            self.send_response(304)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return self._body(gzip.compress(path.read_bytes()), self.guess_type(str(path)), stamp)

    def _body(self, body: bytes, kind: str, stamp: float | None) -> io.BytesIO:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if self.path != BLANK:
            self.send_header("Content-Encoding", "gzip")
        if stamp is not None:
            self.send_header("Last-Modified", self.date_time_string(stamp))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Host, directory=str(site))
    )
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def transferred(requests: list[Request]) -> int:
    """Bytes on the wire (headers and compressed bodies) of finished requests."""
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return total


def seconds(values: list[float]) -> str:
    rounds = ", ".join(f"{v:.2f}" for v in values)
    return f"{statistics.median(values):.2f} s (rounds {rounds})"


def millis(values: list[float]) -> str:
    rounds = ", ".join(f"{1000 * v:.0f}" for v in values)
    return f"{1000 * statistics.median(values):.0f} ms (rounds {rounds})"


def click(page: Page) -> tuple[float, str]:
    """Run the page's first snippet: seconds to the status that ends the
    run, and that status."""
    took, said = page.evaluate(CLICK, 0)
    return took / 1000, said


def load_pyodide(browser: Browser, base: str) -> float:
    """loadPyodide() alone, in a blank page of the same site."""
    context = browser.new_context(base_url=base)
    page = context.new_page()
    page.goto(BLANK)
    took = float(page.evaluate(LOAD_PYODIDE)) / 1000
    context.close()
    return took


def cold_click(browser: Browser, base: str) -> tuple[float, int, int]:
    """A reader who saves data (so nothing loads early) clicks as soon as
    the page is idle: the click's time, the bytes to the load event and
    the bytes before the click."""
    context = browser.new_context(base_url=base)
    context.add_init_script(SAVE_DATA)
    page = context.new_page()
    finished: list[Request] = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(PAGE, wait_until="load")
    opened = transferred(finished)
    page.wait_for_load_state("networkidle")
    page.evaluate("() => new Promise(done => requestIdleCallback(done))")
    before = transferred(finished)
    took, _ = click(page)
    context.close()
    return took, opened, before


def click_after_a_while(
    browser: Browser, base: str
) -> tuple[float, int, list[float], list[float], list[float]]:
    """A click once the page has been open OPEN_FOR seconds, untouched: its
    time and the bytes before it; then warm runs, timed in the page and as
    issue 15 timed them (Playwright's click and polling, round trips
    included), and Playwright's click and polling alone."""
    context = browser.new_context(base_url=base)
    page = context.new_page()
    finished: list[Request] = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(PAGE, wait_until="load")
    page.wait_for_function(f"performance.now() > {1000 * OPEN_FOR}", polling=50)
    before = transferred(finished)
    took, said = click(page)
    if "Same as the recorded output" not in said:
        sys.exit(f"bench: the first snippet of {PAGE} did not print its recording: {said}")
    warm = [click(page)[0] for _ in range(3)]
    button = page.locator("button.snipcheck-run").first
    status = page.locator("p.snipcheck-run-status").first.element_handle()
    polled, idle = [], []
    for _ in range(2):
        started = time.perf_counter()
        button.click()
        page.wait_for_function(DONE, arg=status)
        polled.append(time.perf_counter() - started)
        # The same on something that does no work: Playwright's own share.
        summary = page.locator("details.snipcheck-run-original > summary").first
        started = time.perf_counter()
        summary.click()
        page.wait_for_function(DONE, arg=status)
        idle.append(time.perf_counter() - started)
    context.close()
    return took, before, warm, polled, idle


def browser_budgets(rounds: int = 5, site: Path | None = None) -> list[tuple[str, str, str, str]]:
    """Measure the Run button in `rounds` interleaved rounds, print each
    figure beside its target and baseline, and return them as rows of
    (figure, measured, target, baseline)."""
    site = site or Path(os.environ.get("SNIPCHECK_SITE") or ROOT / "_build" / "html")
    if not (site / PAGE).is_file():
        print(f"\nbrowser budgets: build the site first (make html); no {site / PAGE}")
        return []
    times: dict[str, list[float]] = defaultdict(list)
    opened = before_click = preloaded = 0
    with serve(site) as base, sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # A reader's browser keeps its cache on disk; a plain Playwright
        # context keeps it in memory, which leaves out the 9.6 MB binary.
        reader = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, base_url=base
        )
        tab = reader.pages[0] if reader.pages else reader.new_page()
        tab.goto(SECOND, wait_until="load")
        click(tab)  # the first page has loaded CPython
        tab.wait_for_load_state("networkidle")
        for n in range(rounds):
            times["load"].append(load_pyodide(browser, base))
            took, opened, before_click = cold_click(browser, base)
            times["cold"].append(took)
            took, preloaded, warm, polled, idle = click_after_a_while(browser, base)
            times["open"].append(took)
            times["warm"] += warm
            times["polled"] += polled
            times["playwright"] += idle
            # Another page in the reader's tab, clicked at its load event.
            tab.goto(PAGE if n % 2 == 0 else SECOND, wait_until="load")
            times["second"].append(click(tab)[0])
        reader.close()
        browser.close()

    load, cold = statistics.median(times["load"]), statistics.median(times["cold"])
    # The same round's loadPyodide() is the fairer floor on a shared machine.
    extra = statistics.median(c - lp for c, lp in zip(times["cold"], times["load"], strict=True))
    rows = [
        (
            f"{PAGE} open, to its load event",
            f"{opened / 1024:.0f} KB",
            "under 250 KB",
            "the same: the page itself",
        ),
        (
            "before any click, saving data (idle, network quiet)",
            f"{before_click / 1024:.0f} KB",
            "under 250 KB",
            "the same: nothing loaded before a click",
        ),
        (
            f"before any click, untouched for {OPEN_FOR:.0f} s (idle preload)",
            f"{preloaded / 1e6:.1f} MB",
            "only after the load event",
            "nothing before a click",
        ),
        (
            "loadPyodide() alone, blank page",
            seconds(times["load"]),
            "(the floor)",
            f"{BASE_LOAD_PYODIDE:.2f} s",
        ),
        (
            "cold click to output (nothing loaded before it)",
            f"{seconds(times['cold'])}; {extra:+.2f} s on its round's loadPyodide (median)",
            f"within loadPyodide + 0.3 s = {load + 0.3:.2f} s",
            f"{BASE_COLD:.1f} s against {BASE_LOAD_PYODIDE:.2f} s loadPyodide (issue 15)",
        ),
        (
            f"click after the page was open {OPEN_FOR:.0f} s",
            seconds(times["open"]),
            "within 1 s",
            f"a cold click: {cold:.2f} s in this run, {BASE_COLD:.1f} s in issue 15",
        ),
        (
            "warm run (in the page: click to status)",
            millis(times["warm"]),
            "at most 50 ms",
            f"{1000 * BASE_WARM:.0f} ms (issue 15, measured as on the next line)",
        ),
        (
            "warm run (Playwright click and polling, as issue 15)",
            millis(times["polled"]),
            "at most 50 ms",
            f"{1000 * BASE_WARM:.0f} ms",
        ),
        (
            "Playwright's click and polling alone (a summary toggled)",
            millis(times["playwright"]),
            "(what the line above adds to a run)",
            "",
        ),
        (
            "second page, click at its load (runtime from the disk cache)",
            seconds(times["second"]),
            "(reported)",
            f"a cold click: {cold:.2f} s in this run",
        ),
    ]
    print(
        f"\nbrowser: Run on {PAGE} in chromium, {rounds} interleaved rounds, medians"
        f" (load average {os.getloadavg()[0]:.1f} at the end)"
    )
    width = max(len(row[0]) for row in rows)
    for figure, measured, target, baseline in rows:
        print(f"  {figure:<{width}}  {measured}")
        print(
            f"  {'':<{width}}  target: {target}" + (f"; baseline: {baseline}" if baseline else "")
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--site", type=Path, default=None, help="a built site (default: _build/html)"
    )
    args = parser.parse_args()
    browser_budgets(args.rounds, args.site)


if __name__ == "__main__":
    main()
