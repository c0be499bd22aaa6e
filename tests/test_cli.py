"""record and verify on a small throwaway project."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from snipcheck import cli


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch, found) -> Path:
    (tmp_path / "pyproject.toml").write_text('[tool.snipcheck]\nsnippets = "snippets"\n')
    topic = tmp_path / "snippets" / "topic"
    topic.mkdir(parents=True)
    (topic / "a.py").write_text("memoryview(b'ab').tolist()\n")
    (topic / "b.py").write_text("# mode: script\nprint(len(memoryview(b'abc')))\n")
    monkeypatch.chdir(tmp_path)
    chosen = [found[0].executable, found[-1].executable]
    monkeypatch.setenv("SNIPCHECK_INTERPRETERS", os.pathsep.join(chosen))
    monkeypatch.delenv("SNIPCHECK_REQUIRE", raising=False)
    return tmp_path


def test_verify_before_record_says_how_to_record(tiny, capsys):
    assert cli.main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "topic/a on CPython" in out
    assert "a.rec does not exist yet" in out
    assert "snipcheck record snippets/topic/a.py" in out
    assert out.rstrip().endswith("0 passed, 4 failed, 0 skipped")


def test_record_then_verify_passes(tiny, capsys):
    assert cli.main(["record"]) == 0
    assert (tiny / "snippets/topic/a.rec").read_text().count(
        "| >>> memoryview(b'ab').tolist()"
    ) == 1
    assert cli.main(["verify"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("4 passed, 0 failed, 0 skipped")


def test_record_leaves_unchanged_recordings_alone(tiny, capsys):
    cli.main(["record"])
    rec = tiny / "snippets/topic/a.rec"
    before = rec.stat().st_mtime_ns
    assert cli.main(["record"]) == 0
    assert rec.stat().st_mtime_ns == before
    assert "0 written, 2 unchanged, 0 not recorded" in capsys.readouterr().out


def test_a_changed_output_fails_with_a_diff_and_the_command(tiny, capsys):
    cli.main(["record"])
    recorded = (tiny / "snippets/topic/b.rec").read_text()
    (tiny / "snippets/topic/b.py").write_text("# mode: script\nprint(len(memoryview(b'abcd')))\n")
    capsys.readouterr()
    assert cli.main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "-3\n+4\n" in out
    assert "If the new output is right, record it with: snipcheck record snippets/topic/b.py" in out
    assert (tiny / "snippets/topic/b.rec").read_text() == recorded  # verify never writes


def test_record_keeps_outputs_of_interpreters_not_present(tiny, monkeypatch, found, capsys):
    cli.main(["record"])
    monkeypatch.setenv("SNIPCHECK_INTERPRETERS", found[-1].executable)
    (tiny / "snippets/topic/b.py").write_text("# mode: script\nprint(len(memoryview(b'abcd')))\n")
    assert cli.main(["record"]) == 0
    text = (tiny / "snippets/topic/b.rec").read_text()
    assert f"[{found[0].label}] exit 0\n| 3\n" in text
    assert f"[{found[-1].label}] exit 0\n| 4\n" in text


def test_a_required_interpreter_that_is_missing_fails_the_run(tiny, monkeypatch, capsys):
    monkeypatch.setenv("SNIPCHECK_REQUIRE", "2.1")
    assert cli.main(["verify"]) == 2
    assert "required interpreter 2.1 was not found" in capsys.readouterr().err


def test_a_failed_run_is_not_recorded(tiny, capsys):
    (tiny / "snippets/topic/c.py").write_text("# mode: script\n# timeout: 0.5\nwhile True: pass\n")
    assert cli.main(["record"]) == 1
    assert not (tiny / "snippets/topic/c.rec").exists()
    assert "NOT RECORDED topic/c on CPython" in capsys.readouterr().out


def test_a_snippet_edited_after_recording_fails_even_when_it_prints_the_same(tiny, capsys):
    cli.main(["record"])
    rec = tiny / "snippets/topic/b.rec"
    source = tiny / "snippets/topic/b.py"
    assert f"source: sha256 {hashlib.sha256(source.read_bytes()).hexdigest()}\n" in rec.read_text()
    # A comment changes the code but not what it prints.
    source.write_text(source.read_text() + "# the view counts bytes\n")
    recorded = rec.read_text()
    capsys.readouterr()
    assert cli.main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "b.py changed after b.rec was recorded" in out
    assert "record it again to say so" in out and "snipcheck record snippets/topic/b.py" in out
    assert rec.read_text() == recorded  # verify writes nothing
    # Recording it again keeps the outputs and their date, and takes the new checksum.
    assert cli.main(["record"]) == 0
    assert "1 written, 1 unchanged" in capsys.readouterr().out
    after = rec.read_text()
    assert after.replace(after.split("source: ")[1][:71], "") == recorded.replace(
        recorded.split("source: ")[1][:71], ""
    )
    assert cli.main(["verify"]) == 0


def test_the_shares_of_verify_split_the_snippets_between_them(tiny, capsys):
    """`verify --shard K/N`: N jobs side by side check every snippet once."""
    for n in range(2, 8):
        (tiny / "snippets" / "topic" / f"more{n}.py").write_text(f"# mode: script\nprint({n})\n")
    assert cli.main(["record"]) == 0
    capsys.readouterr()
    checked = []
    for part in (1, 2, 3):
        assert cli.main(["verify", "--shard", f"{part}/3"]) == 0
        out = capsys.readouterr().out
        assert f"share {part} of 3:" in out
        checked += [line for line in out.splitlines() if line.startswith("checked ")]
    counts = [int(line.split()[1]) for line in checked]
    assert sum(counts) == 8 and all(counts)
    with pytest.raises(SystemExit):
        cli.main(["verify", "--shard", "4/3"])
    assert "K must be from 1 to N" in capsys.readouterr().err
