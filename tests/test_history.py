"""The history runtime: CPython older than a project's minimum, run only by
the scripts that ask for it ("# also-on: history"), each in a new process,
as evidence of what older versions lacked.  This machine has pyenv's
CPython 2.7, 3.6 and 3.7."""

from __future__ import annotations

import glob
import json
import os
from pathlib import Path

import pytest

from snipcheck import claims, cli, config, interpreters, recording, runtimes, snippets

ROOT = Path(__file__).resolve().parent.parent
# Where this site finds them: pyenv's here, `make history`'s in CI on GitHub.
OLD = [
    os.path.expanduser(p) if p.startswith("~") else str(ROOT / p)
    for p in config.load(ROOT).runtimes["history"]
]


@pytest.fixture
def old_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, found) -> Path:
    versions = {Path(p).name for pattern in OLD for p in glob.glob(pattern)}
    if versions != {"python2.7", "python3.6", "python3.7"}:
        pytest.fail(
            f"this test needs CPython 2.7, 3.6 and 3.7 ({', '.join(OLD)}); "
            "`make history` builds them"
        )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.snipcheck]\nsnippets = "snippets"\n[tool.snipcheck.runtimes]\n'
        f"history = {json.dumps(OLD)}\n"
    )
    topic = tmp_path / "snippets" / "h"
    topic.mkdir(parents=True)
    (topic / "readonly.py").write_text(
        "# mode: script\n# also-on: history\n"
        "# toreadonly() came in 3.8.\n"
        "assert hasattr(memoryview, 'toreadonly')\n"
    )
    # Python 2 and 3 alike; it prints, exits 3, and reads its own folder.
    (topic / "printing.py").write_text(
        "# mode: script\n# also-on: history\n"
        "import os, sys\n"
        "print('%s %s' % (hasattr(memoryview, 'cast'), sorted(os.listdir('.'))))\n"
        "sys.exit(3)\n"
    )
    (topic / "plain.py").write_text("memoryview(b'ab').tolist()\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SNIPCHECK_INTERPRETERS", found[0].executable)  # 3.8
    monkeypatch.delenv("SNIPCHECK_REQUIRE", raising=False)
    return tmp_path


def test_history_interpreters_are_found_below_the_minimum_and_labelled_so(old_project):
    found = interpreters.discover_configured(config.load(old_project)).found
    labels = [i.label for i in found]
    assert labels == ["3.8", "2.7-history", "3.6-history", "3.7-history"]
    old = [i for i in found if i.runtime is runtimes.HISTORY]
    assert [i.version[:3] for i in old] == ["2.7", "3.6", "3.7"]
    assert runtimes.of_label("3.7-history") is runtimes.HISTORY


def test_only_the_scripts_that_ask_for_history_run_there(old_project, capsys):
    assert cli.main(["record"]) == 0
    readonly = recording.read(old_project / "snippets/h/readonly.rec")
    printing = recording.read(old_project / "snippets/h/printing.rec")
    plain = recording.read(old_project / "snippets/h/plain.rec")
    assert readonly is not None and printing is not None and plain is not None
    assert set(plain.outputs) == {"3.8"}
    history = {"2.7-history", "3.6-history", "3.7-history"}
    assert set(printing.outputs) == {"3.8", *history}
    # A real run of each, as `python printing.py` in a folder of its own.
    for label in history:
        assert printing.outputs[label].exit == 3
    assert printing.outputs["2.7-history"].text == "False ['printing.py']\n"
    assert printing.outputs["3.6-history"].text == "True ['printing.py']\n"
    exits = {label: out.exit for label, out in readonly.outputs.items()}
    assert exits == {"3.8": 0, **dict.fromkeys(history, 1)}
    assert "AssertionError" in readonly.outputs["2.7-history"].text
    # A claim's versions cover history labels by their version.
    assert claims.check(claims.parse("h/readonly 3.8+"), readonly).agrees
    assert not claims.check(claims.parse("h/readonly"), readonly).agrees
    assert cli.main(["verify"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("9 passed, 0 failed, 0 skipped")  # 1 + 4 + 4 runs


@pytest.mark.parametrize(
    ("header", "why"),
    [
        ("# also-on: history\n", "history runs scripts only"),
        ("# mode: script\n# requires: numpy\n# also-on: history\n", "have no packages"),
        ("# mode: script\n# also-on: pyodide\n", "only opt-in runtimes"),
        ("# mode: script\n# also-on: jython\n", "unknown runtime 'jython'"),
    ],
)
def test_a_snippet_asks_only_for_what_history_can_run(tmp_path: Path, header: str, why: str):
    path = tmp_path / "t" / "s.py"
    path.parent.mkdir()
    path.write_text(header + "print(1)\n")
    with pytest.raises(snippets.SnippetError) as caught:
        snippets.load(path, tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{path}:") and why in message, message
