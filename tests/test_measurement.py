"""Measure snippets: the table they print, the claims they make, the
recording `measure` writes and the plots drawn from it."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from snipcheck import cli, config, snippets
from snipcheck.measure import plot as plotting
from snipcheck.measure import run as measure_run
from snipcheck.measure import store as measured
from snipcheck.measure.table import MeasurementError, parse_claim, parse_table, quick_check

ROOT = Path(__file__).resolve().parents[1]

TABLE = """\
case   size  seconds  peak_bytes
copy   1000  1e-07    1000
copy   1e6   1e-04    1000000
view   1000  1e-07    300
view   1e6   1.2e-07  300
"""


def test_a_table_is_read_by_series_and_column():
    table = parse_table(TABLE)
    assert table.columns == ("case", "size", "seconds", "peak_bytes")
    assert table.series() == ["copy", "view"]
    assert table.points("copy", "peak_bytes") == [(1000.0, 1000.0), (1e6, 1e6)]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "printed nothing"),
        ("case size\ncopy 1\n", "at least three columns"),
        ("case size seconds\n", "no rows"),
        ("case size seconds\ncopy 1\n", "row 2 has 2 fields"),
        ("case size seconds\ncopy 1 fast\n", "not a number"),
        ("case size seconds\ncopy 1 -1\n", "negative"),
        ("case size seconds\ncopy 1 inf\n", "infinite"),
    ],
)
def test_output_that_is_not_a_table_says_what_is_wrong(text, why):
    with pytest.raises(MeasurementError, match=why):
        parse_table(text)


@pytest.mark.parametrize(
    ("claim", "holds"),
    [
        ("view seconds flat", True),
        ("copy seconds flat", False),
        ("view seconds flat within 1.1", False),
        ("copy seconds grows", True),
        ("copy seconds grows by 2000", False),
        ("view seconds grows", False),
        ("view seconds below copy", False),  # equal at 1000: not smaller
        ("view seconds below copy from 1e4", True),
        ("view seconds below copy by 800 from 1e4", True),
        ("view seconds below copy by 900 from 1e4", False),
        ("copy peak_bytes above view by 3", True),
        ("copy peak_bytes above view by 4", False),
        ("copy peak_bytes above view by 4 from 1e4", True),
        ("copy peak_bytes above view by 4000 to 1000", False),
    ],
)
def test_claims_are_checked_against_the_numbers(claim, holds):
    ok, detail = parse_claim(claim).check(parse_table(TABLE))
    assert ok is holds, detail


def test_a_check_reports_the_numbers_behind_it():
    ok, detail = parse_claim("copy seconds grows by 10").check(parse_table(TABLE))
    assert ok and detail == "grows 1e+03x from x=1000 to x=1e+06 (needs 10x)"
    ok, detail = parse_claim("view seconds below copy by 2").check(parse_table(TABLE))
    assert not ok
    assert detail == (
        "at x=1000 only 1x smaller (needs more than 2x at each of the 2 x values compared)"
    )


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        ("view seconds", "cannot read the claim"),
        ("view seconds shrinks", "cannot read the claim"),
        ("view seconds below", "names no series"),
        ("view seconds flat by 2", "unexpected 'by'"),
        ("view seconds grows within 2", "unexpected 'within'"),
        ("view seconds below copy from", "cannot read the claim"),
        ("view seconds below copy from 1 from 2", "unexpected 'from'"),
        ("view seconds below copy by two", "'two' is not a number"),
        ("view seconds flat within 0", "must be positive"),
    ],
)
def test_a_claim_that_cannot_be_read_says_how_to_write_it(claim, why):
    with pytest.raises(MeasurementError, match=why):
        parse_claim(claim)


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        ("other seconds flat", "no series 'other'"),
        ("view total_seconds flat", "no column 'total_seconds'"),
        ("view seconds below copy from 1e9", "share no x value"),
    ],
)
def test_a_claim_about_numbers_the_table_lacks_cannot_pass(claim, why):
    with pytest.raises(MeasurementError, match=why):
        parse_claim(claim).check(parse_table(TABLE))


def test_a_claim_on_a_column_without_a_unit_says_how_to_name_it():
    with pytest.raises(MeasurementError) as caught:
        parse_claim("view minutes flat")
    assert str(caught.value) == (
        "'view minutes flat': a claimed column says what it measures by the unit its name "
        "ends with: 'seconds' (a time) or 'bytes' (a size or an amount of memory); rename "
        "the column 'minutes' in the table the snippet prints and in its claims"
    )


@pytest.mark.parametrize(
    ("claim", "timing"),
    [
        ("view seconds flat", True),
        ("view seconds below copy by 2", True),
        ("copy peak_bytes above view by 3", False),
        ("copy size_bytes grows", False),
    ],
)
def test_a_claim_on_a_time_column_is_a_timing_claim(claim, timing):
    assert parse_claim(claim).timing is timing


def quick(table: str, *claims: str, expected: str | None = None):
    return quick_check(
        parse_table(table),
        [parse_claim(c) for c in claims],
        parse_table(expected) if expected else None,
    )


def test_a_timing_claim_that_fails_on_a_quick_run_does_not_fail_it():
    checked = quick(TABLE, "view seconds grows", "copy seconds grows by 100")
    assert checked.passed
    assert checked.notes == (
        "timing, not judged here (does not hold): view seconds grows: "
        "grows 1.2x from x=1000 to x=1e+06 (needs 10x)",
        "timing, not judged here (holds): copy seconds grows by 100: "
        "grows 1e+03x from x=1000 to x=1e+06 (needs 100x)",
    )


def test_a_memory_claim_that_fails_on_a_quick_run_fails_it():
    checked = quick(TABLE, "view peak_bytes flat", "copy peak_bytes above view by 4")
    assert not checked.passed
    assert checked.problems == (
        "FAILS: copy peak_bytes above view by 4: at x=1000 only 3.33x larger (needs more "
        "than 4x at each of the 2 x values compared)",
    )
    assert checked.notes == ("holds: view peak_bytes flat: varies by 1x (limit 3x)",)


def test_a_timing_claim_that_cannot_be_checked_fails_a_quick_run():
    checked = quick(TABLE, "other seconds flat", "view seconds below copy from 1e9")
    assert checked.problems == (
        "cannot check 'other seconds flat': no series 'other'; the table has copy, view",
        "cannot check 'view seconds below copy from 1e9': view and copy share no x value in "
        "the range",
    )


def test_a_quick_run_prints_the_series_and_columns_of_the_full_measurement():
    fewer_sizes = "\n".join(TABLE.splitlines()[:2] + TABLE.splitlines()[3:4]) + "\n"
    assert quick(fewer_sizes, expected=TABLE).passed
    renamed = TABLE.replace("view", "View").replace("peak_bytes", "bytes")
    assert quick(renamed, expected=TABLE).problems == (
        "it prints the columns 'case size seconds bytes' where the full measurement printed "
        "'case size seconds peak_bytes'",
        "it prints no series 'view', which the full measurement has",
        "it prints a series 'View' the full measurement does not have",
    )


def test_claims_read_as_sentences():
    words = [
        parse_claim(c).words("time per call", "size", "size_bytes")
        for c in (
            "view seconds flat within 4",
            "copy seconds grows by 30",
            "view seconds below copy by 3 from 100000",
            "copy peak_bytes above view to 64",
            "view seconds below copy by 0.5",
        )
    ]
    assert words == [
        "time per call stays within 4x across every size",
        "time per call grows at least 30x from the smallest size to the largest",
        "time per call is at least 3x smaller than for copy from a size of 100 kB up",
        "time per call is larger than for view up to a size of 64 B",
        "time per call is at most 2x larger than for copy at every size",
    ]


def test_only_measure_snippets_make_claims(tmp_path):
    path = tmp_path / "a.py"
    path.write_text("# mode: script\n# claim: a seconds flat\nprint(1)\n")
    with pytest.raises(snippets.SnippetError, match=r"a.py:2: only '# mode: measure'"):
        snippets.load(path, tmp_path)
    path.write_text("# mode: measure\n# label: seconds time\nprint(1)\n")
    with pytest.raises(snippets.SnippetError, match=r"a.py:2: write '# label: <column>"):
        snippets.load(path, tmp_path)


def test_measure_records_the_output_with_where_and_when_and_draws_the_plots(perf, found, capsys):
    assert cli.main(["measure"]) == 0
    out = capsys.readouterr().out
    assert "holds: copy seconds grows by 100: grows 1e+03x" in out
    data = measured.read(perf / "snippets/perf/f.measured.json")
    assert data is not None
    assert [r.label for r in data.ordered()] == [found[0].label, found[-1].label]
    run = data.ordered()[0]
    assert run.output.startswith("case size seconds\ncopy 10 1e-08\n")
    assert run.table().points("copy", "seconds")[-1] == (10000.0, 1e-05)  # the full version
    assert run.interpreter == found[0].description
    snippet = snippets.load(perf / "snippets/perf/f.py", perf / "snippets")
    assert run.source_sha256 == measured.source_sha256(snippet)
    assert run.date.endswith("Z") and run.machine["cores"] == str(os.cpu_count())
    assert (perf / "snippets/perf/f.svg").read_bytes().startswith(b"<?xml")
    assert (perf / "snippets/perf/f.versions.svg").is_file()
    assert "drew snippets/perf/f.svg" in out


def test_the_quick_version_runs_with_quick_and_writes_nothing(perf, capsys):
    assert cli.main(["measure", "--quick"]) == 0
    out = capsys.readouterr().out
    assert "grows 100x from x=10 to x=1000 (needs 100x)" in out
    assert not list((perf / "snippets").rglob("*.json"))


def test_a_claim_that_fails_keeps_the_earlier_measurement(perf, found, capsys):
    assert cli.main(["measure"]) == 0
    path = perf / "snippets/perf/f.measured.json"
    before = path.read_bytes()
    snippet = perf / "snippets/perf/f.py"
    snippet.write_text(snippet.read_text().replace("n * 1e-9", "1e-7"))
    capsys.readouterr()
    assert cli.main(["measure"]) == 1
    out = capsys.readouterr().out
    assert "FAILS: copy seconds grows by 100: grows 1x" in out
    assert f"the earlier measurement on {found[0].label} is kept" in out
    assert path.read_bytes() == before


def test_output_that_is_not_a_table_names_the_snippet_and_interpreter(perf, found, capsys):
    (perf / "snippets/perf/f.py").write_text("# mode: measure\nprint('fast!')\n")
    assert cli.main(["measure"]) == 1
    out = capsys.readouterr().out
    assert (
        f"perf/f on {found[0].description}: its output is not a table of measurements: "
        "the first line 'fast!' should name at least three columns"
    ) in out
    assert not (perf / "snippets/perf/f.measured.json").exists()


def test_a_damaged_recording_is_reported_and_left_alone(perf, capsys):
    path = perf / "snippets/perf/f.measured.json"
    path.write_text('{"format": 1, "runs": ')
    assert cli.main(["measure"]) == 1
    assert "f.measured.json: not a measurement recording" in capsys.readouterr().out
    assert path.read_text() == '{"format": 1, "runs": '


def test_measuring_one_interpreter_keeps_the_others(perf, found, capsys):
    assert cli.main(["measure"]) == 0
    path = perf / "snippets/perf/f.measured.json"
    first = json.loads(path.read_text())["runs"][found[0].label]
    assert cli.main(["measure", "--python", found[-1].label]) == 0
    assert json.loads(path.read_text())["runs"][found[0].label] == first


def test_recordings_round_trip_and_plots_are_reproducible(perf, capsys):
    assert cli.main(["measure"]) == 0
    path = perf / "snippets/perf/f.measured.json"
    data = measured.read(path)
    assert data is not None
    measured.write(path, data)
    assert measured.read(path) == data
    snippet = snippets.load(perf / "snippets/perf/f.py", perf / "snippets")
    first = plotting.draw(snippet, data)
    second = plotting.draw(snippet, data)
    assert first == second
    # Both figures (a comparison of nothing would also be equal).
    assert sorted(first) == [perf / "snippets/perf/f.svg", perf / "snippets/perf/f.versions.svg"]
    for figure, content in first.items():
        assert content.startswith(b"<?xml") and b"<svg" in content, figure
        assert figure.read_bytes() == content
        assert b"<dc:date>" not in content  # nothing that changes from run to run
        assert plotting.drawn_from(figure) is not None


def test_a_plot_is_checked_by_the_checksum_of_what_it_draws(perf, found):
    assert cli.main(["measure"]) == 0
    cfg = config.load(perf)
    here = {i.label: i for i in (found[0], found[-1])}  # those perf measures on
    path = perf / "snippets/perf/f.py"

    def stale() -> list[str]:
        snippet = snippets.load(path, perf / "snippets")
        problems = measure_run.recording_problems(snippet, here, cfg)
        return [p.split(" is not what the recording draws; ")[0] for p in problems]

    assert stale() == []
    # One number of the run the main figure shows: both figures show it.
    recording = perf / "snippets/perf/f.measured.json"
    data = measured.read(recording)
    assert data is not None
    shown = plotting.main_run(data)
    changed = shown.output.replace("view 10 1e-07", "view 10 1.1e-07")
    assert changed != shown.output
    runs = {**data.runs, shown.label: dataclasses.replace(shown, output=changed)}
    measured.write(recording, dataclasses.replace(data, runs=runs))
    assert stale() == ["f.svg", "f.versions.svg"]
    assert cli.main(["plot"]) == 0
    assert stale() == []
    # An axis label is in the snippet, not in the recording.
    path.write_text(path.read_text().replace("time per call", "time per run"))
    assert stale() == ["f.svg", "f.versions.svg"]
    assert cli.main(["plot"]) == 0
    (perf / "snippets/perf/f.versions.svg").unlink()
    assert stale() == ["f.versions.svg"]


def test_checking_the_committed_plots_does_not_import_matplotlib():
    # The speed of the check rests on this; only drawing needs matplotlib.
    check = (
        "import sys\n"
        "from pathlib import Path\n"
        "from snipcheck import config, snippets\n"
        "from snipcheck.measure import run\n"
        "cfg = config.load(Path(sys.argv[1]))\n"
        "chosen = [s for s in snippets.find(cfg.snippets, [], []) if s.mode == 'measure']\n"
        "assert chosen\n"
        "for snippet in chosen:\n"
        "    assert run.recording_problems(snippet, {}, cfg) == [], snippet.key\n"
        "assert 'matplotlib' not in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", check, str(ROOT)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_smallest_committed_plot_is_what_matplotlib_draws():
    """The one plot the tests redraw: the others are checked by the checksum
    of their inputs, which a hand edit of the SVG would not change."""
    plots = sorted(ROOT.glob("snippets/*/*.svg"), key=lambda p: p.stat().st_size)
    assert plots
    smallest = plots[0]
    code = smallest.with_name(smallest.name.split(".")[0] + ".py")
    snippet = snippets.load(code, ROOT / "snippets")
    data = measured.read(snippet.measured_path)
    assert data is not None
    figure = next(f for f in plotting.figures(snippet, data) if f.path == smallest)
    assert plotting.render(figure) == smallest.read_bytes(), (
        f"{smallest.relative_to(ROOT)} is not what matplotlib draws from its recording; "
        f"run: make plots ONLY={code.relative_to(ROOT)}"
    )


def test_verify_and_record_leave_measure_snippets_to_measure(perf, capsys):
    assert cli.main(["record"]) == 0
    assert cli.main(["verify"]) == 0
    assert not list((perf / "snippets").rglob("*.rec"))
    assert not list((perf / "snippets").rglob("*.json"))


def test_format_value_picks_a_unit():
    from snipcheck.measure.table import format_value

    assert format_value("seconds", 5.791e-2) == "57.9 ms"
    assert format_value("seconds", 1.0e-7) == "100 ns"
    assert format_value("peak_bytes", 100000192) == "100 MB"
    assert format_value("records", 1e5) == "100,000"
    assert math.isclose(float(format_value("x", 0.5)), 0.5)
