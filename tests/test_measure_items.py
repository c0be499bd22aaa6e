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
    assert "perf/f has not been measured yet; run: snipcheck measure snippets/perf/f.py" in out


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
    assert "f.svg is not what the recording draws; run: snipcheck plot snippets/perf/f.py" in out


def test_a_claim_the_recorded_numbers_break_fails_the_recorded_item(perf, found):
    assert cli.main(["measure"]) == 0
    # The claim now contradicts the code; recorded and quick numbers both fail it.
    path = perf / "snippets/perf/f.py"
    path.write_text(path.read_text().replace("view seconds flat", "view seconds grows"))
    status, out = run_pytest(perf)
    assert status == 1
    assert f"on {found[0].label}, the recorded numbers fail 'view seconds grows'" in out
    # A timing claim is judged on recorded numbers, never on a run under
    # whatever load the test machine has.
    assert f"PASSED perf/f::{found[0].label}" in out


# Its quick version prints what the placeholders say; the full version
# prints numbers that support every claim.
TWO_KINDS = """\
# mode: measure
# label: seconds = time per call
# label: peak_bytes = peak memory per call
# claim: view seconds flat
# claim: view peak_bytes flat
# claim: copy peak_bytes above view by 2 from 1000
import sys
QUICK = "--quick" in sys.argv
print(HEADER if QUICK else "case size seconds peak_bytes")
for n in [10, 100, 1000] if QUICK else [10, 100, 1000, 10000]:
    print("copy", n, n * 1e-9, n)
    print("view", n, SECONDS if QUICK else 1e-7, BYTES if QUICK else 300)
"""


def two_kinds(
    perf, header="'case size seconds peak_bytes'", seconds="1e-7", peak="300"
) -> tuple[int, str]:
    """Measure TWO_KINDS in full, then run its items, quick version included."""
    text = TWO_KINDS.replace("HEADER", header).replace("SECONDS", seconds).replace("BYTES", peak)
    (perf / "snippets/perf/f.py").write_text(text)
    assert cli.main(["measure"]) == 0
    return run_pytest(perf)


def test_a_quick_run_that_keeps_every_claim_passes(perf, found):
    status, out = two_kinds(perf)
    assert status == 0, out
    assert f"PASSED perf/f::{found[-1].label}" in out


def test_a_timing_claim_that_fails_on_a_quick_run_does_not_fail_the_item(perf, found):
    status, out = two_kinds(perf, seconds="n * 1e-9")
    assert status == 0, out
    for name in (found[0].label, found[-1].label, "recorded"):
        assert f"PASSED perf/f::{name}" in out


def test_a_memory_claim_that_fails_on_a_quick_run_fails_the_item(perf, found):
    status, out = two_kinds(perf, seconds="n * 1e-9", peak="n")
    assert status == 1
    assert f"FAILED perf/f::{found[0].label}" in out
    assert "PASSED perf/f::recorded" in out
    assert (
        f"perf/f on {found[0].description}, quick version:\n"
        "  FAILS: view peak_bytes flat: varies by 100x (limit 3x)\n"
        "  FAILS: copy peak_bytes above view by 2 from 1000: at x=1000 only 1x larger "
        "(needs more than 2x at each of the 1 x values compared)\n"
        "  timing, not judged here (does not hold): view seconds flat: varies by 100x "
        "(limit 3x)\n"
    ) in out
    assert "re-measure with:\n  snipcheck measure snippets/perf/f.py" in out


def test_a_quick_run_that_prints_a_broken_table_fails_the_item(perf, found):
    status, out = two_kinds(perf, header="'case size seconds'")
    assert status == 1
    assert f"FAILED perf/f::{found[0].label}" in out
    assert "its output is not a table of measurements: row 2 has 4 fields" in out
    assert "no longer runs to a table" in out


def test_a_quick_run_with_other_columns_than_the_full_one_fails_the_item(perf, found):
    status, out = two_kinds(perf, header="'case size seconds peak_memory_bytes'")
    assert status == 1
    assert (
        "it prints the columns 'case size seconds peak_memory_bytes' where the full "
        "measurement printed 'case size seconds peak_bytes'"
    ) in out
