import os
from pathlib import Path

import pytest

from snipcheck import display, runtimes
from snipcheck.recording import (
    Output,
    Recording,
    RecordingError,
    format_recording,
    parse,
    read,
    write,
)

AWKWARD = [
    "",
    "plain\n",
    "trailing blanks   \nno final newline",
    "control \x1b[31mred\x1b[0m\n\n\nblank lines\n",
    '| looks like a line\n\\ "looks like json"\n[3.8] exit 0\n',
    "tab\there\r\n",
    # Characters that editors or str.splitlines() take for line ends.
    "a\u2028b\u2029c\x85d\x0ce\x0bf\x1cg\n",
    "C1 \x9b control and DEL \x7f\n",
]


@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
def test_any_output_survives_a_round_trip(text, tmp_path):
    rec = Recording("t/a.py", "script", "2026-01-01", {"3.8": "CPython 3.8.18 (x)"})
    rec.outputs["3.8"] = Output(text, 1)
    assert parse(format_recording(rec), tmp_path / "a.rec") == rec


def test_identical_outputs_are_stored_once():
    rec = Recording("t/a.py", "session", "2026-01-01")
    for label in ("3.9", "3.10", "3.11"):
        rec.interpreters[label] = f"CPython {label}.0 (x)"
    rec.outputs = {"3.9": Output("a\n", 0), "3.10": Output("a\n", 0), "3.11": Output("b\n", 0)}
    text = format_recording(rec)
    assert "[3.9 3.10] exit 0\n| a\n" in text
    assert "[3.11] exit 0\n| b\n" in text


def test_a_corrupt_recording_names_file_and_line_and_the_fix(tmp_path):
    path = tmp_path / "a.rec"
    text = format_recording(
        Recording("t/a.py", "script", "", {"3.8": "x"}, {"3.8": Output("1\n", 0)})
    )
    path.write_text(text.replace("| 1", "? 1"))
    with pytest.raises(RecordingError) as err:
        read(path)
    assert f"{path}:8: unexpected line '? 1'" in str(err.value)
    assert str(err.value).endswith(
        f"write it again with: snipcheck record {os.path.relpath(path.with_suffix('.py'))}"
    )
    with pytest.raises(RecordingError) as err:
        read(path, "make record ONLY='{paths}'")
    assert "write it again with: make record ONLY='" in str(err.value)


def test_the_banner_names_the_command_that_writes_the_recording(tmp_path):
    rec = Recording("t/a.py", "script", "", {"3.8": "x"}, {"3.8": Output("1\n", 0)})
    default = format_recording(rec)
    assert default.startswith("# snipcheck recording: written by `snipcheck record`;")
    custom = format_recording(rec, "nox -s record -- {paths}")
    assert custom.startswith("# snipcheck recording: written by `nox -s record --`;")
    # Either reads back, whichever command a project uses.
    assert parse(custom, tmp_path / "a.rec") == parse(default, tmp_path / "a.rec") == rec


def test_missing_banner_is_refused(tmp_path):
    with pytest.raises(RecordingError, match="banner"):
        parse("snippet: x\n", tmp_path / "x.rec")


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "a.rec"
    rec = Recording("t/a.py", "script", "2026-01-01", {"3.8": "x"}, {"3.8": Output("1\n", 0)})
    write(path, rec)
    assert read(path) == rec
    assert [p.name for p in tmp_path.iterdir()] == ["a.rec"]


def test_no_recording_reads_as_none(tmp_path: Path):
    assert read(tmp_path / "missing.rec") is None


def test_characters_editors_take_for_line_ends_are_written_as_escapes():
    rec = Recording("t/a.py", "script", "2026-01-01", {"3.8": "x"})
    rec.outputs["3.8"] = Output("a\u2028b\x85c\n", 0)
    text = format_recording(rec)
    assert "\u2028" not in text and "\x85" not in text
    assert '\\ "a\\u2028b\\u0085c\\n"' in text


def test_what_a_page_groups_never_changes_a_recording(monkeypatch):
    """Storage grouping (one variant per set of identical outputs) is the
    file format; display grouping may change freely without rewriting files."""
    from snipcheck import display, recording

    rec = Recording("t/a.py", "session", "2026-01-01")
    for label in ("3.9", "3.10", "3.11"):
        rec.interpreters[label] = f"CPython {label}.0 (x)"
    rec.outputs = {"3.9": Output("a\n", 0), "3.10": Output("a\n", 0), "3.11": Output("b\n", 0)}
    before = format_recording(rec)

    def one_tab_each(outputs):
        return [([label], out) for label, out in outputs.items()]

    monkeypatch.setattr(display, "same_output", one_tab_each)
    monkeypatch.setattr(display, "shown_variants", lambda r: one_tab_each(r.outputs))
    assert len(display.shown_variants(rec)) == 3  # the page now shows three tabs
    assert format_recording(rec) == before  # the file is what it was
    assert "display" not in vars(recording)


# -- what a page shows of versions that differ only in decoration ----------

SCRIPT_38 = (
    'Traceback (most recent call last):\n  File "t.py", line 2, in <module>\n'
    "    m[0] = 300\nValueError: bad\n"
)
SCRIPT_315 = (
    'Traceback (most recent call last):\n  File "/tmp/w/t.py", line 2, in <module>\n'
    "    m[0] = 300\n    ~^^^\nValueError: bad\n"
)
LINUX = "CPython {}.0 (linux-x86_64)"
WASM = "CPython 3.15.0 (Pyodide 1, wasm32)"


def said(rec: Recording, merged: bool = False) -> str:
    variants = display.merged_variants(rec) if merged else display.shown_variants(rec)
    return display.what_differs(variants, sorted(rec.interpreters, key=runtimes.version_key))


def test_undecorated_drops_echoed_source_markers_and_a_frame_s_folder():
    assert display.undecorated(SCRIPT_38) == display.undecorated(SCRIPT_315)
    assert display.undecorated(SCRIPT_315) == (
        'Traceback (most recent call last):\n  File "t.py", line 2, in <module>\nValueError: bad\n'
    )
    # Indented lines outside a traceback are output, and stay.
    assert display.undecorated("    x\n") == "    x\n"
    assert display.undecorated(SCRIPT_38 + "    after\n").endswith("ValueError: bad\n    after\n")


def test_merged_variants_keep_real_differences_and_show_the_newest_decoration():
    interpreters = {k: LINUX.format(k) for k in ("3.8", "3.12", "3.15")} | {"3.15-pyodide": WASM}
    outputs = {
        "3.8": Output(SCRIPT_38, 1),
        "3.12": Output(SCRIPT_315.replace("bad", "worse"), 1),
        "3.15": Output(SCRIPT_315, 1),
        "3.15-pyodide": Output(SCRIPT_38, 1),  # differs from 3.15 in decoration only
    }
    rec = Recording("t/t.py", "script", "2026-01-01", interpreters, outputs)
    merged = display.merged_variants(rec)
    assert [(labels, out.text) for labels, out in merged] == [
        (["3.8", "3.15"], SCRIPT_315),
        (["3.12"], SCRIPT_315.replace("bad", "worse")),
    ]
    assert len(display.shown_variants(rec)) == 4
    assert said(rec, merged=True) == "Only the wording of the ValueError message differs."


@pytest.mark.parametrize(
    ("outputs", "words"),
    [
        (
            {"3.8": "AttributeError: x\n", "3.12": "1\n", "3.15": "1\n"},
            "Errors differ (3.8: AttributeError; 3.12 \u2013 3.15: no error).",
        ),
        (
            {"3.8": ">>> a\n1\n>>> b\n2\n", "3.12": ">>> a\n1\n>>> b\n3\n"},
            "What `b` prints differs.",
        ),
        ({"3.8": "1\n", "3.12": "2\n", "3.15": "2\n"}, "The printed results differ."),
        (
            {"3.8": SCRIPT_38, "3.12": SCRIPT_315, "3.15": SCRIPT_315},
            "Only the way tracebacks are decorated differs.",
        ),
    ],
)
def test_what_differs_names_the_kind_of_difference(outputs, words):
    interpreters = {k: LINUX.format(k) for k in outputs}
    recorded = {k: Output(v, 0) for k, v in outputs.items()}
    assert said(Recording("t/t.py", "session", "2026-01-01", interpreters, recorded)) == words


def test_what_differs_says_when_only_another_runtime_differs():
    interpreters = {"3.15": LINUX.format("3.15"), "3.15-pyodide": WASM}
    outputs = {"3.15": Output("8\n", 0), "3.15-pyodide": Output("4\n", 0)}
    rec = Recording("t/t.py", "script", "2026-01-01", interpreters, outputs)
    assert said(rec, merged=True) == "Only Pyodide 3.15 prints something else."
