"""The pytest items of a measure snippet, run by pytest on a throwaway project."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from snipcheck import cli

ROOT = Path(__file__).resolve().parents[1]


def run_pytest(where: Path) -> tuple[int, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider"],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def test_a_measured_snippet_passes_its_items(perf, found):
    assert cli.main(["measure"]) == 0
    status, out = run_pytest(perf)
    assert status == 0, out
    for name in (found[0].label, found[-1].label, "recorded"):
        assert f"PASSED perf/f::{name}" in out


def test_an_unmeasured_snippet_says_how_to_measure_it(perf):
    status, out = run_pytest(perf)
    assert status == 1
    assert "perf/f has not been measured yet; run: make measure ONLY='snippets/perf/f.py'" in out


def test_changed_code_makes_the_numbers_stale_but_a_changed_claim_does_not(perf, found):
    assert cli.main(["measure"]) == 0
    path = perf / "snippets/perf/f.py"
    path.write_text(path.read_text().replace("flat\n", "flat within 2\n"))
    status, out = run_pytest(perf)
    assert status == 0, out
    path.write_text(path.read_text().replace("1e-7", "1.0e-7"))
    status, out = run_pytest(perf)
    assert status == 1
    assert f"the {found[0].label} numbers were measured with an earlier version of f.py" in out


def test_a_plot_that_does_not_match_its_recording_fails(perf):
    assert cli.main(["measure"]) == 0
    (perf / "snippets/perf/f.svg").write_text("<svg/>")
    status, out = run_pytest(perf)
    assert status == 1
    assert "f.svg is not what the recording draws; run: make plots ONLY=snippets/perf/f.py" in out


def test_a_quick_run_that_breaks_a_claim_fails_with_the_numbers(perf, found):
    assert cli.main(["measure"]) == 0
    # The claim now contradicts the code; recorded and quick numbers both fail it.
    path = perf / "snippets/perf/f.py"
    path.write_text(path.read_text().replace("view seconds flat", "view seconds grows"))
    status, out = run_pytest(perf)
    assert status == 1
    assert f"FAILED perf/f::{found[0].label}" in out
    assert "FAILS: view seconds grows: grows 1x from x=10 to x=1000 (needs 10x)" in out
    assert "make measure QUICK=1 ONLY='snippets/perf/f.py'" in out
    assert f"on {found[0].label}, the recorded numbers fail 'view seconds grows'" in out
