"""The history runtime: CPython older than a project's minimum, run only by
the snippets that ask for it ("# also-on: history"), as evidence of what
older versions lacked.  This machine has pyenv's CPython 3.6 and 3.7."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pytest

from snipcheck import claims, cli, config, interpreters, recording, runtimes

OLD = os.path.expanduser("~/.pyenv/versions/3.[67].*/bin/python")


@pytest.fixture
def old_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, found) -> Path:
    if len(glob.glob(OLD)) != 2:
        pytest.fail(f"this test needs pyenv's CPython 3.6 and 3.7 ({OLD})")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.snipcheck]\nsnippets = "snippets"\n[tool.snipcheck.runtimes]\nhistory = ["{OLD}"]\n'
    )
    topic = tmp_path / "snippets" / "h"
    topic.mkdir(parents=True)
    (topic / "readonly.py").write_text(
        "# mode: script\n# also-on: history\n"
        "# toreadonly() came in 3.8.\n"
        "assert hasattr(memoryview, 'toreadonly')\n"
    )
    (topic / "session.py").write_text("# also-on: history\nm = memoryview(b'ab')\nm.hex()\n")
    (topic / "plain.py").write_text("memoryview(b'ab').tolist()\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SNIPCHECK_INTERPRETERS", found[0].executable)  # 3.8
    monkeypatch.delenv("SNIPCHECK_REQUIRE", raising=False)
    return tmp_path


def test_history_interpreters_are_found_below_the_minimum_and_labelled_so(old_project):
    found = interpreters.discover_configured(config.load(old_project)).found
    labels = [i.label for i in found]
    assert labels == ["3.8", "3.6-history", "3.7-history"]
    old = [i for i in found if i.runtime is runtimes.HISTORY]
    assert [i.version[:3] for i in old] == ["3.6", "3.7"]
    assert runtimes.of_label("3.7-history") is runtimes.HISTORY


def test_only_the_snippets_that_ask_for_history_run_there(old_project, capsys):
    assert cli.main(["record"]) == 0
    readonly = recording.read(old_project / "snippets/h/readonly.rec")
    session = recording.read(old_project / "snippets/h/session.rec")
    plain = recording.read(old_project / "snippets/h/plain.rec")
    assert readonly is not None and session is not None and plain is not None
    assert set(plain.outputs) == {"3.8"}
    assert set(session.outputs) == {"3.8", "3.6-history", "3.7-history"}
    # A real session on 3.6 too: the engine's child runs there.
    assert session.outputs["3.6-history"].text.endswith(">>> m.hex()\n'6162'\n")
    exits = {label: out.exit for label, out in readonly.outputs.items()}
    assert exits == {"3.8": 0, "3.6-history": 1, "3.7-history": 1}
    # A claim's versions cover history labels by their version.
    assert claims.check(claims.parse("h/readonly 3.8+"), readonly).agrees
    assert not claims.check(claims.parse("h/readonly"), readonly).agrees
    assert cli.main(["verify"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("7 passed, 0 failed, 0 skipped")  # 1 + 3 + 3 runs
