"""Fixtures for the browser tests: the built site served on 127.0.0.1, one
Debian chromium per session driven by Playwright, and a fresh context per
test that logs console errors, page errors and requests."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from .helpers import AXE, SITE, BrowserLog, new_context

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


# Generous, for a busy two-core machine; a passing test never waits this long.
expect.set_options(timeout=15_000)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site, quietly, keeping connections open between
    requests (a page asks for about twenty files)."""

    protocol_version = "HTTP/1.1"
    # Pyodide is imported as an ES module and compiled with
    # WebAssembly.instantiateStreaming: both need these content types,
    # whatever the machine's mime.types says.
    extensions_map = {  # noqa: RUF012 (the base class declares it this way)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
    }

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The browser drops kept-alive connections whenever it likes.
        pass


class _SlowHandler(_Handler):
    """The same, over a slow line: CPython's two large files (the binary and
    the library) arrive a piece at a time, with a pause after each piece;
    the binary alone takes a second and a half however fast the machine is."""

    PIECE = 1 << 18
    PAUSE = 0.04

    def copyfile(self, source: Any, outputfile: Any) -> None:
        if not self.path.split("?")[0].endswith((".wasm", ".zip")):
            return super().copyfile(source, outputfile)
        while piece := source.read(self.PIECE):
            outputfile.write(piece)
            outputfile.flush()
            time.sleep(self.PAUSE)


def _serve(handler: type[_Handler], name: str) -> Iterator[str]:
    if not (SITE / "index.html").is_file():
        pytest.fail("build the site first: make html", pytrace=False)
    server = _Server(("127.0.0.1", 0), functools.partial(handler, directory=str(SITE)))
    thread = threading.Thread(target=server.serve_forever, name=name, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def site() -> Iterator[str]:
    """The base URL ("http://127.0.0.1:<port>/") of _build/html, served in a
    background thread for the whole session."""
    yield from _serve(_Handler, "site-server")


@pytest.fixture(scope="session")
def slow_site() -> Iterator[str]:
    """The site served over a slow line (_SlowHandler), for tests of what a
    reader sees while CPython downloads: from a server on the same machine
    it can arrive between two of the page's progress reports."""
    yield from _serve(_SlowHandler, "slow-site-server")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def dead_end() -> Iterator[str]:
    """A port on 127.0.0.1 that is bound but never listens: every connection
    to it is refused at once.  Held for the whole session so that nothing
    else can take it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture(scope="session")
def browser(playwright: Playwright, dead_end: str) -> Iterator[Browser]:
    """Debian's chromium, headless.

    ``launch`` gives it a fresh temporary profile (user data dir) that
    Playwright deletes on close; Playwright refuses ``--user-data-dir`` in
    the arguments of ``launch``.  Every host but 127.0.0.1 is sent to a proxy
    that refuses all connections, so the tests reach nothing else even when
    a page asks for it; such a request still shows in the ``request`` log, and
    tests assert there is none.
    """
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: `make chromium` installs it", pytrace=False)
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        proxy={"server": dead_end, "bypass": "127.0.0.1"},
    )
    yield browser
    browser.close()


@pytest.fixture
def log(site: str) -> BrowserLog:
    """Console errors, page errors and request URLs of this test's context."""
    return BrowserLog(site)


@pytest.fixture
def context(browser: Browser, site: str, log: BrowserLog) -> Iterator[BrowserContext]:
    """A new context per test: empty storage and cache, 1280x900."""
    context = new_context(browser, site, log)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make npm` installs it", pytrace=False)
    return AXE.read_text(encoding="utf-8")
