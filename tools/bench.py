"""`make bench`: the performance figures, each pair measured side by side.

Medians of several rounds; the machine is shared, so compare ratios.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from snipcheck import config, interpreters, runner, snippets, verify

ROOT = Path(__file__).resolve().parents[1]

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))


def rounds_text(times: list[float]) -> str:
    return "rounds " + ", ".join(f"{t:.2f}" for t in times)


def median_time(action, rounds: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def sphinx(out: Path) -> str:
    argv = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", ".", "docs", str(out)]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"sphinx-build failed:\n{done.stderr}")
    return done.stderr


def seal_cost(interp: interpreters.Interpreter) -> None:
    """What sealing adds: starting an interpreter inside the sandbox against
    starting it plainly, side by side."""
    plain = [interp.executable, "-c", "pass"]
    sealed = runner.sealed(interp, ["-c", "pass"])
    times: dict[str, list[float]] = {"plain": [], "sealed": []}
    for _ in range(20):
        for name, argv in (("plain", plain), ("sealed", sealed)):
            started = time.perf_counter()
            subprocess.run(argv, check=True, env=runner.child_environment())
            times[name].append(time.perf_counter() - started)
    p, q = statistics.median(times["plain"]), statistics.median(times["sealed"])
    print(
        f"  sealing: {interp.label} starts in {1000 * p:.1f} ms plainly and {1000 * q:.1f} ms"
        f" in the sandbox (+{1000 * (q - p):.1f} ms, paid once per warm child; medians of 20)"
    )


def cpu_seconds() -> float:
    """CPU time of this process and of every process it has waited for,
    their own waited-for descendants included (forks, sandboxes)."""
    me, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    cfg = config.load(ROOT)
    everything = interpreters.discover_configured(cfg).found
    # The fresh-process loops run native interpreters: Pyodide has no
    # `python file.py` to compare with.
    found = [i for i in everything if i.runtime.forks]
    every = snippets.find(cfg.snippets)
    runs = len(every) * len(found)
    print(
        f"{len(every)} snippets x {len(found)} native interpreters"
        f" ({', '.join(i.label for i in found)}) = {runs} runs; verify also on"
        f" {', '.join(i.label for i in everything if not i.runtime.forks)};"
        f" {os.cpu_count()} cores; {ROUNDS} rounds each, medians\n"
    )

    def engine():
        return runner.run_all(every, found, cfg)

    def verify_all():
        verdicts = verify.check(every, everything, cfg)
        failed = [v for v in verdicts if v.status == "failed"]
        if failed:
            sys.exit(f"bench needs a passing site; first failure:\n{failed[0].message}")

    pairs = [(s, i) for i in found for s in every]

    def fresh():
        with ThreadPoolExecutor(max_workers=len(found)) as pool:
            return list(pool.map(lambda p: runner.run_fresh(p[0], p[1], cfg), pairs))

    def fresh_one_by_one():
        return [runner.run_fresh(s, i, cfg) for s, i in pairs]

    # Same answer first: the speed only counts if the outputs are identical.
    warm = {(r.snippet.key, r.interpreter.label): verify.observe(r, cfg).output for r in engine()}
    cold = {(r.snippet.key, r.interpreter.label): verify.observe(r, cfg).output for r in fresh()}
    differ = [k for k in warm if warm[k] != cold[k]]
    print(f"outputs identical between the two ways: {len(warm) - len(differ)}/{len(warm)}")
    for key in differ[:5]:
        print(f"  differs: {key}")

    fresh_rounds = max(3, ROUNDS // 2)
    t_verify, all_verify = median_time(verify_all, ROUNDS)
    cpu_before = cpu_seconds()
    t_engine, all_engine = median_time(engine, ROUNDS)
    cpu_run = (cpu_seconds() - cpu_before) / ROUNDS / runs
    t_fresh, all_fresh = median_time(fresh, fresh_rounds)
    print("\nverify every snippet on every interpreter")
    print(
        f"  make verify, all {len(everything)} runtimes (sealed warm child per interpreter,"
        f" fork per snippet, compared): {t_verify:5.2f} s  ({rounds_text(all_verify)})"
    )
    print(
        f"  engine, natives (warm child per interpreter, fork per snippet): {t_engine:7.2f} s"
        f"  ({1000 * t_engine / runs:.1f} ms a run, {1000 * cpu_run:.2f} ms of CPU a run;"
        f" {rounds_text(all_engine)})"
    )
    print(
        f"  one fresh process per snippet, interpreters in parallel:{t_fresh:7.2f} s"
        f"  ({1000 * t_fresh / runs:.1f} ms a run; {rounds_text(all_fresh)})"
    )
    t_serial, all_serial = median_time(fresh_one_by_one, fresh_rounds)
    print(
        f"  one fresh process per snippet, one after another:      {t_serial:7.2f} s"
        f"  ({1000 * t_serial / runs:.1f} ms a run; {rounds_text(all_serial)})"
    )
    print(
        f"  make verify on all {len(everything)} runtimes is {t_serial / t_verify:.1f}x faster"
        f" than the loop of fresh processes on the {len(found)} natives"
        f" and {t_fresh / t_verify:.1f}x faster than fresh processes in parallel"
    )
    print(f"  forks alone are {t_serial / t_engine:.1f}x and {t_fresh / t_engine:.1f}x faster")
    seal_cost(found[-1])

    work = Path(tempfile.mkdtemp(prefix="bench-html-"))
    try:

        def clean_build():
            shutil.rmtree(work / "clean", ignore_errors=True)
            sphinx(work / "clean")

        t_clean, all_clean = median_time(clean_build, 3)
        sphinx(work / "incremental")
        one = sorted(cfg.snippets.rglob("*.rec"))[0]

        def edit_one():
            stat = one.stat()
            os.utime(one, ns=(stat.st_atime_ns, time.time_ns()))
            sphinx(work / "incremental")

        t_one, all_one = median_time(edit_one, 3)
        pages = len(list((ROOT / "docs").rglob("*.md")))
        print(f"\nbuild the site ({pages} pages)")
        print(f"  clean build:                        {t_clean:6.2f} s  ({rounds_text(all_clean)})")
        print(f"  rebuild after editing one snippet:  {t_one:6.2f} s  ({rounds_text(all_one)})")
        print(f"  ratio: {t_clean / t_one:.1f}x faster than a clean build")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def browser_budgets(rounds: int = 3) -> None:
    """Bytes a reference page costs before any Run click, and how long Run
    takes cold and warm, in Debian's chromium against the built site."""
    import functools
    import gzip
    import http.server
    import io
    import threading

    from playwright.sync_api import sync_playwright

    site = ROOT / "_build" / "html"
    if not (site / "index.html").exists():
        print("\nbrowser budgets: build the site first (make html)")
        return

    class Host(http.server.SimpleHTTPRequestHandler):
        """Serves the site as a web host does: text compressed with gzip
        when the browser accepts it, and no log lines."""

        def log_message(self, format: str, *args: object) -> None:
            pass

        def send_head(self):  # type: ignore[no-untyped-def]
            path = Path(self.translate_path(self.path))
            wants = "gzip" in self.headers.get("Accept-Encoding", "")
            if not (
                wants
                and path.is_file()
                and path.suffix in {".html", ".css", ".js", ".json", ".svg"}
            ):
                return super().send_head()
            body = gzip.compress(path.read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)

    handler = functools.partial(Host, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    # The same launch flags as the browser tests (closed network, root, no GPU).
    from tests.browser.conftest import CHROMIUM_ARGS as args

    page_url = f"{base}/reference/methods.html"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=args)
            raw = sent = 0
            context = browser.new_context()
            page = context.new_page()
            requests = []
            page.on("requestfinished", lambda r: requests.append(r))
            page.goto(page_url, wait_until="networkidle")
            for request in requests:
                sizes = request.sizes()
                sent += sizes["responseBodySize"] + sizes["responseHeadersSize"]
                response = request.response()
                raw += len(response.body()) if response else 0
            context.close()
            cold, warm = [], []
            for _ in range(rounds):
                context = browser.new_context()
                page = context.new_page()
                page.goto(page_url, wait_until="networkidle")
                button = page.locator("button.snipcheck-run").first
                status = page.locator("p.snipcheck-run-status").first
                started = time.perf_counter()
                button.click()
                page.wait_for_function(
                    "s => s && !/Loading|Running/.test(s.textContent)",
                    arg=status.element_handle(timeout=60_000),
                    timeout=60_000,
                )
                cold.append(time.perf_counter() - started)
                started = time.perf_counter()
                button.click()
                page.wait_for_function(
                    "s => s && !/Loading|Running/.test(s.textContent)",
                    arg=status.element_handle(),
                    timeout=60_000,
                )
                warm.append(time.perf_counter() - started)
                context.close()
            browser.close()
    finally:
        server.shutdown()
    print("\nbrowser (reference/methods.html, Run on CPython 3.14 in Pyodide)")
    print(
        f"  before any Run click: {sent / 1024:.0f} KB transferred (gzip, headers included;"
        f" {raw / 1024:.0f} KB uncompressed); target: under 250 KB"
    )
    print(
        f"  first Run, cold: {statistics.median(cold):.2f} s"
        f" ({rounds_text(cold)}; target: within 6 s)"
    )
    print(
        f"  second Run, warm: {1000 * statistics.median(warm):.0f} ms"
        f" (rounds {', '.join(f'{1000 * t:.0f}' for t in warm)} ms; target: under 100 ms)"
    )


if __name__ == "__main__":
    main()
    browser_budgets()
