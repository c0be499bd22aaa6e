"""More bad snippets and bad situations, on a small throwaway project: each
fails clearly or is contained, and nothing is left behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from snipcheck import cli, recording
from snipcheck.recording import Output

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch, found) -> Path:
    (tmp_path / "pyproject.toml").write_text('[tool.snipcheck]\nsnippets = "snippets"\n')
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SNIPCHECK_INTERPRETERS", found[-1].executable)
    monkeypatch.delenv("SNIPCHECK_REQUIRE", raising=False)
    return tmp_path


def add(tiny: Path, name: str, code: str) -> Path:
    path = tiny / "snippets" / "t" / f"{name}.py"
    path.write_text(code)
    return path


def test_a_snippet_cannot_read_the_hosts_secrets(tiny, monkeypatch, capsys):
    monkeypatch.setenv("API_TOKEN", "hunter2-do-not-leak")
    add(tiny, "env", "import os\nsorted(k for k in os.environ if 'TOKEN' in k)\n")
    assert cli.main(["record"]) == 0
    text = (tiny / "snippets" / "t" / "env.rec").read_text()
    assert "hunter2" not in text and "API_TOKEN" not in text
    assert "| []" in text


def test_files_a_snippet_writes_stay_in_its_temporary_folder(tiny, capsys):
    add(
        tiny,
        "writes",
        "import os\nopen('left-behind.txt', 'w').write('x')\nos.mkdir('out')\nos.getcwd()\n",
    )
    assert cli.main(["record"]) == 0
    left = sorted(p.relative_to(tiny).as_posix() for p in tiny.rglob("*") if p.is_file())
    assert left == [
        ".snipcheck.lock",
        "pyproject.toml",
        "snippets/t/writes.py",
        "snippets/t/writes.rec",
    ]
    # The working folder it saw is masked, and gone.
    assert "'…'" in (tiny / "snippets" / "t" / "writes.rec").read_text()


def test_output_that_changes_from_run_to_run_fails_with_a_diff(tiny, capsys):
    add(tiny, "clock", "import time\ntime.time_ns()\n")
    assert cli.main(["record"]) == 0
    capsys.readouterr()
    assert cli.main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "t/clock on CPython" in out and "the output differs from the recording" in out
    assert "snipcheck record snippets/t/clock.py" in out
    assert "to accept them all: snipcheck record snippets/t/clock.py" in out


def test_an_interpreter_recorded_elsewhere_is_reported_as_skipped(tiny, found, capsys):
    add(tiny, "ok", "1 + 1\n")
    assert cli.main(["record"]) == 0
    path = tiny / "snippets" / "t" / "ok.rec"
    rec = recording.read(path)
    assert rec is not None
    rec.outputs["2.7"] = Output(">>> 1 + 1\n2\n", 0)
    rec.interpreters["2.7"] = "CPython 2.7.18 (elsewhere)"
    recording.write(path, rec)
    capsys.readouterr()
    assert cli.main(["verify"]) == 0
    out = capsys.readouterr().out
    assert "SKIPPED t/ok on 2.7: recorded, but not installed here" in out
    assert out.rstrip().endswith("1 passed, 0 failed, 1 skipped")
    assert cli.main(["record"]) == 0
    assert "2.7" in recording.read(path).outputs  # recording here keeps it


def test_two_records_at_once_both_finish_and_leave_a_valid_recording(tiny, found):
    add(tiny, "a", "memoryview(b'ab').tolist()\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    argv = [sys.executable, "-m", "snipcheck", "record"]
    runs = [
        subprocess.Popen(argv, cwd=tiny, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    rec = recording.read(tiny / "snippets" / "t" / "a.rec")
    assert rec is not None and rec.outputs[found[-1].label].text.endswith("[97, 98]\n")
    assert not [p for p in (tiny / "snippets" / "t").iterdir() if p.name.startswith(".a.rec")]


def test_new_creates_a_snippet_and_records_it(tiny, capsys):
    assert cli.main(["new", "t/fresh"]) == 0
    assert (tiny / "snippets" / "t" / "fresh.rec").exists()
    assert "```{snippet} t/fresh" in capsys.readouterr().out
    assert cli.main(["new", "t/fresh"]) == 2
    assert cli.main(["new", "no-topic"]) == 2


def test_a_snippet_that_asks_for_too_much_memory_gets_a_memory_error(tiny, capsys):
    add(tiny, "greedy", "data = bytearray(8 * 1024 ** 3)\nlen(memoryview(b'still here'))\n")
    assert cli.main(["record"]) == 0
    text = (tiny / "snippets" / "t" / "greedy.rec").read_text()
    assert "MemoryError" in text and "| 10" in text
