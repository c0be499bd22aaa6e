"""The site build's figures for `make bench`, each beside a floor that
plain Sphinx and furo set: the same pages, every example as plain code.

The floor project is made from docs/ in a temporary folder: each page as it
is, except that what the engine renders becomes what a site without it would
have typed by hand: every code block the engine rendered on the page (a
snippet's source, the output of each group of versions, each version's
exact output) as a plain code block, in place of its directives; a claim
becomes nothing, a measured figure its text.  The floor builds with
myst-parser, sphinx-design and furo only.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A directive block of the engine or the site's extensions: ```{name} args
# ... ``` (no nesting in these).
_BLOCK = re.compile(
    r"^```\{(snippet|snippet-table|measurement|claim-evidence|tag-index)\}(.*?)\n(.*?)^```\n",
    re.M | re.S,
)
_ROLE = re.compile(r"\{(claim|measured)\}`([^`]*)`")
_FLOOR_CONF = """\
project = "floor"
extensions = ["myst_parser", "sphinx_design"]
myst_enable_extensions = ["colon_fence", "attrs_block", "attrs_inline", "deflist"]
myst_heading_anchors = 3
html_theme = "furo"
suppress_warnings = ["myst.xref_missing", "myst.header", "toc.not_included", "ref.doc"]
"""


def _blocks(built: Path, page: str) -> list[str]:
    """Every code block the engine rendered on a built page (inside its
    ``div.snipcheck`` containers: sources, outputs of every group of
    versions, each version's exact output) as a plain Markdown code block
    in the same language."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((built / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
    blocks = []
    for container in soup.select("div.snipcheck"):
        for pre in container.find_all("pre"):
            parent = pre.find_parent("div", class_=re.compile(r"^highlight-"))
            classes = parent.get("class", []) if parent else []
            language = next(
                (c.removeprefix("highlight-") for c in classes if c.startswith("highlight-")),
                "text",
            )
            blocks.append(f"```{language}\n{pre.get_text().rstrip()}\n```\n")
    return blocks


def make_floor(into: Path, built: Path) -> int:
    """Write the floor project into ``into`` from docs/ and the site built
    into ``built``; how many pages it has."""
    docs = ROOT / "docs"
    (into / "docs").mkdir(parents=True)
    (into / "conf.py").write_text(_FLOOR_CONF)
    pages = 0
    for source in sorted(docs.rglob("*.md")):
        page = source.relative_to(docs).with_suffix("").as_posix()
        blocks = iter(["\n".join(_blocks(built, page))])
        text = source.read_text(encoding="utf-8")
        # The first example's place gets them all; the others' nothing.
        text = _BLOCK.sub(lambda _, blocks=blocks: next(blocks, "\n"), text)
        text = _ROLE.sub(lambda m: "" if m.group(1) == "claim" else m.group(2), text)
        target = into / "docs" / f"{page}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        pages += 1
    return pages


def _sphinx(project: Path, out: Path, *extra: str) -> float:
    argv = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", str(project), *extra]
    started = time.perf_counter()
    done = subprocess.run(
        [*argv, str(project / "docs"), str(out)], cwd=project, capture_output=True, text=True
    )
    took = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"sphinx-build failed in {project}:\n{done.stderr[-3000:]}")
    return took


def _html_bytes(out: Path) -> int:
    return sum(p.stat().st_size for p in out.rglob("*.html"))


def _read_again(project: Path, out: Path) -> list[str]:
    """The pages an incremental build reads again (from its log)."""
    argv = [sys.executable, "-m", "sphinx", "-b", "html", "-c", str(project)]
    done = subprocess.run(
        [*argv, str(project / "docs"), str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return re.findall(r"reading sources\.\.\. \[[ \d]+%\] (\S+)", done.stdout)


def site_figures(rounds: int = 5) -> list[tuple[str, str, str, str]]:
    """Clean and no-op builds of the site beside the floor, interleaved,
    medians of ``rounds``, and what one edited recording makes a build read
    again; printed, and returned as (figure, measured, target, baseline)."""
    work = Path(tempfile.mkdtemp(prefix="bench-site-"))
    try:
        # The site once first: the floor takes its code blocks from it.
        _sphinx(ROOT, work / "site-out")
        pages = make_floor(work / "floor", work / "site-out")
        ours: dict[str, list[float]] = {"clean": [], "noop": []}
        floor: dict[str, list[float]] = {"clean": [], "noop": []}
        for _ in range(rounds):
            for name, project, times in (("site", ROOT, ours), ("floor", work / "floor", floor)):
                out = work / f"{name}-out"
                shutil.rmtree(out, ignore_errors=True)
                times["clean"].append(_sphinx(project, out))
                times["noop"].append(_sphinx(project, out))
        one = sorted((ROOT / "snippets").rglob("*.rec"))[0]
        stat = one.stat()
        os.utime(one, ns=(stat.st_atime_ns, time.time_ns()))
        again = _read_again(ROOT, work / "site-out")
        key = one.relative_to(ROOT / "snippets").with_suffix("").as_posix()
        users = sorted(
            p.relative_to(ROOT / "docs").with_suffix("").as_posix()
            for p in (ROOT / "docs").rglob("*.md")
            if key in p.read_text(encoding="utf-8")
        )
        ours_bytes, floor_bytes = _html_bytes(work / "site-out"), _html_bytes(work / "floor-out")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def med(times: list[float]) -> float:
        return statistics.median(times)

    def listed(times: list[float]) -> str:
        return ", ".join(f"{t:.2f}" for t in times)

    rows = [
        (
            f"clean build of the site ({pages} pages) against the floor",
            f"{med(ours['clean']) / med(floor['clean']):.2f}x: {med(ours['clean']):.1f} s"
            f" (rounds {listed(ours['clean'])}) against {med(floor['clean']):.1f} s"
            f" (rounds {listed(floor['clean'])}); the site writes"
            f" {ours_bytes / floor_bytes:.1f}x the HTML",
            "at most 2x",
            "1.78x",
        ),
        (
            "no-op rebuild against the floor's no-op",
            f"{med(ours['noop']) / med(floor['noop']):.2f}x: {med(ours['noop']):.2f} s"
            f" against {med(floor['noop']):.2f} s",
            "within 1.2x",
            "1.19x",
        ),
        (
            f"pages read again after an edit of {one.relative_to(ROOT)}",
            f"{', '.join(again) or 'none'}"
            f" ({'exactly' if again == users else 'NOT only'} the pages that show it:"
            f" {', '.join(users)})",
            "only its pages",
            "only its pages",
        ),
    ]
    print(
        f"build the site beside plain Sphinx + furo on the same pages, every example as"
        f" plain code blocks (the floor); {rounds} interleaved rounds, medians"
    )
    for name, value, target, baseline in rows:
        print(f"  {name}: {value}  [target: {target}; baseline: {baseline}]")
    return rows


if __name__ == "__main__":
    site_figures(int(os.environ.get("BENCH_ROUNDS", "3")))
