"""The snippet directive on a tiny site built from files on disk."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from snipcheck.recording import Output, Recording, write

ROOT = Path(__file__).resolve().parents[1]
CONF = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import sphinx_design.extension
html_static_path = [str(sphinx_design.extension.STATIC_DIR)]
extensions = ["myst_parser", "sphinx_design", "snipcheck.sphinx_ext"]
myst_enable_extensions = ["colon_fence", "attrs_block"]
snipcheck_snippets = "snippets"
"""


def build(site: Path) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "-n",
            "-b",
            "html",
            str(site / "docs"),
            str(site / "out"),
            "-c",
            str(site),
        ],
        capture_output=True,
        text=True,
        cwd=site,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def build_fails(site: Path) -> str:
    """Build expecting failure; what Sphinx printed on stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-b", "html", "docs", "out", "-c", "."],
        capture_output=True,
        text=True,
        cwd=site,
    )
    assert done.returncode != 0, done.stdout
    return done.stderr


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "conf.py").write_text(CONF)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n```{toctree}\none\ntwo\n```\n")
    for page, snippet in (("one", "t/same"), ("two", "t/differs")):
        (docs / f"{page}.md").write_text(f"# {page}\n\n```{{snippet}} {snippet}\n```\n")
    folder = tmp_path / "snippets" / "t"
    folder.mkdir(parents=True)
    interpreters = {"3.8": "CPython 3.8.18 (linux-x86_64)", "3.9": "CPython 3.9.18 (linux-x86_64)"}
    (folder / "same.py").write_text("1 + 1\n")
    write(
        folder / "same.rec",
        Recording(
            "t/same.py",
            "session",
            "2026-01-02",
            dict(interpreters),
            {k: Output(">>> 1 + 1\n2\n", 0) for k in interpreters},
        ),
    )
    (folder / "differs.py").write_text("# mode: script\nprint('v')\n")
    write(
        folder / "differs.rec",
        Recording(
            "t/differs.py",
            "script",
            "2026-01-03",
            dict(interpreters),
            {"3.8": Output("old\n", 0), "3.9": Output("new\n", 1)},
        ),
    )
    return tmp_path


def test_a_snippet_shows_its_code_output_and_provenance(site):
    build(site)
    html = (site / "out" / "one.html").read_text()
    assert "highlight-pycon" in html
    assert "Verified on CPython 3.8 \u2013 3.9 (linux-x86_64)" in html
    assert "recorded 2026-01-02" in html
    assert re.search(r'href="_downloads/[0-9a-f]+/same\.py"', html)
    assert "Every output on this page was printed by a real interpreter: CPython 3.8.18" in html
    assert "sd-tab-set" not in html  # one output for all: no tabs


def test_differing_outputs_get_a_tab_per_version_group(site):
    build(site)
    html = (site / "out" / "two.html").read_text()
    assert len(re.findall(r'class="sd-tab-label snipcheck-v-', html)) == 2
    assert ">\n3.8</label>" in html or "3.8</label>" in html
    assert "Output (exit status 1):" in html
    assert "snipcheck-output" in html
    assert "old" in html and "new" in html


def test_editing_a_recording_rebuilds_only_the_pages_that_show_it(site):
    build(site)
    rec = site / "snippets" / "t" / "differs.rec"
    stat = rec.stat()
    os.utime(rec, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    log = build(site)
    assert re.search(r"1 changed", log), log
    assert "two" in log.split("reading sources")[1].splitlines()[0]
    assert "one" not in log.split("reading sources")[1].splitlines()[0]


def test_a_missing_recording_fails_the_build_with_the_command_to_fix_it(site):
    (site / "snippets" / "t" / "same.rec").unlink()
    stderr = build_fails(site)
    assert (
        "snippet 't/same' has no recording yet; run: snipcheck record snippets/t/same.py" in stderr
    )


MEASURE = """\
# mode: measure
# label: size_bytes = slice length
# claim: view seconds flat
# claim: copy seconds above view by 2 from 1e6
print("case size_bytes seconds")
"""
TABLE = (
    "case size_bytes seconds\ncopy 1000 1e-07\ncopy 1e6 2e-05\nview 1000 1e-07\nview 1e6 1e-07\n"
)


@pytest.fixture
def measured_site(site: Path) -> Path:
    from snipcheck import snippets
    from snipcheck.measure import plot as plotting
    from snipcheck.measure import store as measured

    folder = site / "snippets" / "m"
    folder.mkdir()
    (folder / "cost.py").write_text(MEASURE)
    snippet = snippets.load(folder / "cost.py", site / "snippets")
    runs = {
        label: measured.Run(
            label,
            f"CPython {label}.1 (linux-x86_64)",
            "2026-01-04T10:00:00Z",
            {"cpu": "Test CPU", "cores": "2", "memory": "1 GiB", "system": "Linux"},
            (0.5, 0.6),
            1.5,
            measured.source_sha256(snippet),
            TABLE,
        )
        for label in ("3.8", "3.9")
    }
    data = measured.Measured("m/cost", runs)
    measured.write(snippet.measured_path, data)
    for path, content in plotting.draw(snippet, data).items():
        path.write_bytes(content)
    (site / "docs" / "index.md").write_text("# Home\n\n```{toctree}\none\ntwo\nthree\n```\n")
    (site / "docs" / "three.md").write_text(
        "# three\n\n```{measurement} m/cost\n```\n\n"
        "At 1 MB the copy took {measured}`m/cost copy seconds 1e6`, "
        "{measured}`m/cost copy/view seconds 1e6` as long as the view.\n"
    )
    return site


def test_a_measurement_shows_plots_claims_code_and_every_output(measured_site):
    build(measured_site)
    html = (measured_site / "out" / "three.html").read_text()
    assert len(re.findall(r'<figure class="[^"]*snipcheck-plot', html)) == 2
    assert re.search(r'<img alt="Log-log plot of seconds against slice length on CPython 3.9', html)
    assert "Seconds against slice length on CPython 3.9. The other interpreters" in html
    assert "seconds stays within 3x across every slice length (holds on 3.8 \u2013 3.9)" in html
    assert "is at least 2x larger than for <code" in html
    assert "view</span></code> from a slice length of 1 MB up" in html
    assert "measured 2026-01-04T10:00:00Z in 1.5 s (load average 0.50 before, 0.60 after)" in html
    assert 'At 1 MB the copy took <span class="snipcheck-measured">20 \u00b5s</span>' in html
    assert '<span class="snipcheck-measured">200x</span> as long as the view' in html


def test_a_number_the_recording_lacks_fails_the_build(measured_site):
    page = measured_site / "docs" / "three.md"
    page.write_text(page.read_text().replace("copy seconds 1e6`,", "copy seconds 5e5`,"))
    stderr = build_fails(measured_site)
    assert "{measured}`m/cost copy seconds 5e5`: copy has no seconds value at 5e5" in stderr


def test_an_unmeasured_snippet_fails_the_build_with_the_command(measured_site):
    (measured_site / "snippets" / "m" / "cost.measured.json").unlink()
    stderr = build_fails(measured_site)
    assert "snippet 'm/cost' has not been measured yet; run: snipcheck measure " in stderr
