"""Bad input gets a clear result.

A snippet with unusual bytes, markup-like text or an unusual way to exit is
either recorded faithfully (what a fresh ``python file.py`` or ``python -i``
prints, with its exit status) or fails with a message that names the file,
the interpreter and what to do next.  None of them stops the others from
being checked, none is reported as a different cause, and none breaks the
page that shows it.  The snippets are the files in tests/fixtures/bad/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from snipcheck import cli, recording, runner, snippets, verify
from snipcheck.recording import Output
from snipcheck.runner import RunResult

from .conftest import FIXTURES
from .test_sphinx_ext import CONF, build

ROOT = Path(__file__).resolve().parents[1]
BAD = FIXTURES / "bad"

MARKUP = (
    "```{eval-rst}\n"
    ".. raw:: html\n"
    "\n"
    "   <script>alert('rst')</script>\n"
    "```\n"
    ":::{note}\n"
    "an injected note\n"
    ":::\n"
    "<script>alert(1)</script> ]]> | a | b | &amp; {{ jinja }}\n"
    "<!--<script>\n"
    ".. directive:: argument\n"
    "|substitution|\n"
)
MARKUP_SESSION = (
    '>>> text = "<!--<script>alert(1)</script>"\n'
    ">>> text\n"
    "'<!--<script>alert(1)</script>'\n"
    '>>> print("```{eval-rst}\\n.. raw:: html\\n\\n   <b>raw</b>\\n```")\n'
    "```{eval-rst}\n.. raw:: html\n\n   <b>raw</b>\n```\n"
    '>>> print(":::{note}\\nnote\\n:::")\n'
    ":::{note}\nnote\n:::\n"
)

# Recorded as printed: exit status, and the output exactly (or, where
# versions word a traceback differently, lines it holds in this order).
RECORDED: dict[str, tuple[int, str | tuple[str, ...]]] = {
    "bad/exit_os_exit": (3, "before\n"),
    "bad/exit_message": (1, "before\na message for stderr\n"),
    "bad/exit_none": (0, "before\n"),
    "bad/exit_over_255": (7, ""),
    "bad/exit_negative": (255, ""),
    "bad/exit_closed_streams": (0, "before\n"),
    "bad/exit_closed_fds": (7, "written"),
    "bad/exit_session": (4, ">>> x = 1\n>>> x\n1\n>>> raise SystemExit(4)\n"),
    "bad/exit_builtin_session": (2, ">>> x = 1\n>>> exit(2)\n"),
    "bad/exit_os_exit_session": (3, '>>> import os\n>>> print("bye")\nbye\n>>> os._exit(3)\n'),
    "bad/kills_its_warm_child": (0, ""),
    "bad/bom": (0, "after a byte-order mark\n"),
    "bad/bom_session": (0, '>>> memoryview(b"bom")[0]\n98\n'),
    "bad/coding_utf8": (0, "café 4\n"),
    # The seven CRLF line ends reach the interpreter as they are in the file.
    "bad/crlf": (0, "'one\\ntwo'\n7\n"),
    "bad/crlf_session": (
        0,
        ">>> for x in \"ab\":\n...     x\n...\n'a'\n'b'\n>>> len(\"crlf\")\n4\n",
    ),
    "bad/tabs": (0, "indented\twith\ttabs\n"),
    "bad/tabs_session": (
        0,
        ">>> if True:\n... \tx = \"a\\tb\"\n...\n>>> x\n'a\\tb'\n>>> print(x)\na\tb\n",
    ),
    "bad/comments_only": (0, ""),
    "bad/comments_only_session": (0, ">>> # one comment\n>>> # and another\n"),
    "bad/line_separator_in_code_session": (0, '>>> s = "a\u2028b"\n>>> len(s)\n3\n'),
    "bad/line_separators": (0, "a\u2028b\u2029c\x85d\x0ce\x0bf\x1cg\rh\ntab\tend\t\n"),
    "bad/long_output": (0, "b" * 300_000 + "\nend\n"),
    "bad/marker_printed_session": (0, '>>> print("a\\x02b")\na\x02b\n>>> 1 + 1\n2\n'),
    "bad/markup": (0, MARKUP),
    "bad/markup_session": (0, MARKUP_SESSION),
}

# Not recordable: what happened, and words of what to do next.
FAILED: dict[str, tuple[str, str]] = {
    "bad/exit_session_early": (
        "the interpreter showed 2 prompts for 3 typed lines, so it stopped reading after line 2",
        "Remove the lines after the one that ends the session",
    ),
    "bad/prompts_changed_session": (
        "the interpreter showed 2 prompts for 4 typed lines",
        "changed sys.ps1 or sys.ps2",
    ),
    "bad/prompt_printed_session": (
        "the interpreter showed 5 prompts for 3 typed lines: the snippet printed the "
        "character U+0002 followed by a prompt",
        "Print it another way",
    ),
    "bad/signal_term": (
        "was ended by SIGTERM (Terminated), a signal that it or a process it started sent; "
        "it did not crash",
        "handle the signal in {path}, or end it with sys.exit()",
    ),
    "bad/signal_kill": ("was killed (SIGKILL), by itself, a process it started, or the system", ""),
    "bad/signal_segv": ("the interpreter crashed (SIGSEGV)", ""),
    "bad/signal_cpu": (
        "used up the processor time it is allowed and was stopped (SIGXCPU)",
        "declare '# timeout: <seconds>' at its top",
    ),
}

# Endings the warm child once got wrong, each now held by a test below.
ENDINGS = {
    "bad/keyboard_interrupt": "an uncaught KeyboardInterrupt makes `python file.py` end itself "
    "with SIGINT (since 3.8), after its teardown",
    "bad/keyboard_interrupt_session": "a session prints a KeyboardInterrupt and goes on; "
    "`python -i` of 3.14 and newer then ends with SIGINT at the end, earlier ones with 0",
    "bad/exit_125": "a snippet that exits with 125 and prints nothing is recorded like any "
    "other status, not taken for a run the warm child could not set up",
    "bad/bytes_not_utf8": "a byte that is not UTF-8 stays apart from the four characters \\xe9, "
    "and the run fails saying so",
}


# Refused before any run: the file and line, what is wrong, what to do.
UNLOADABLE: dict[str, str] = {
    "latin1": ":2: declares the encoding 'latin-1'; snippets are UTF-8, the encoding pages "
    "show and copy code in. Save the file as UTF-8 and remove this coding line",
    "unknown_encoding": ":1: declares the encoding 'klingon'; snippets are UTF-8",
    "bom_latin1": ":1: declares the encoding 'latin-1'; snippets are UTF-8",
    "invalid_utf8": ":3:11: byte 0xff is not UTF-8; snippets are UTF-8, the encoding pages "
    "show and copy code in. Save the file as UTF-8",
    "nul_byte": ":2: holds a NUL character, which CPython refuses in source code (3.12 and "
    "later) and a page cannot show; write it as the escape '\\x00'",
    "empty": ":1: there is no code below the header; write the example there, or delete the file",
    "header_only": ":3: there is no code below the header",
    "header_unknown_mode": ":1: unknown mode 'notebook'; use one of session, script, measure",
    "header_wrong_case": ":1: '# Mode: script' looks like a header line but is not one; "
    "write '# mode: ...'",
    "header_typo": ":2: '# timout: 5' looks like a header line but is not one; "
    "write '# timeout: ...'",
    "header_after_blank": ":2: '# mode: script' is not read as a header line: the header is "
    "the comment lines at the top of the file, with nothing between them. Move it up there",
    "header_twice": ":2: '# mode:' is already declared on line 1; keep one of them",
    "header_bad_timeout": ":2: timeout must be a number of seconds above 0, not '0'",
    "header_not_on_without_reason": ":1: write '# not-on: <runtime>: <reason>'",
}

GOOD = ["good/script", "good/session"]


@pytest.fixture(scope="module")
def chosen(found):
    return [found[0], found[-1]]  # oldest and newest: enough to see each case


@pytest.fixture(scope="module")
def batch(project, chosen) -> dict[tuple[str, str], RunResult]:
    """Every bad fixture that can be loaded, and the good ones beside them,
    in one batch: each bad one sits between others it must not disturb."""
    every = snippets.find(FIXTURES, [BAD, FIXTURES / "good"], [])
    results = runner.run_all(every, chosen, project)
    return {(r.snippet.key, r.interpreter.label): r for r in results}


def runs(batch, key, chosen):
    return [batch[(key, interp.label)] for interp in chosen]


def test_every_case_is_listed_once():
    listed = [*RECORDED, *FAILED, *ENDINGS, *(f"bad/{n}" for n in UNLOADABLE)]
    on_disk = sorted(f"bad/{p.stem}" for p in BAD.glob("*.py"))
    assert sorted(listed) == on_disk


@pytest.mark.parametrize("key", RECORDED)
def test_recorded_as_a_fresh_interpreter_prints_it(key, batch, chosen, project, tmp_path):
    code, expected = RECORDED[key]
    for result in runs(batch, key, chosen):
        obs = verify.observe(result, project)
        assert obs.output is not None, verify.failure(obs)
        assert obs.output.exit == code, result.interpreter.description
        if isinstance(expected, str):
            assert obs.output.text == expected, result.interpreter.description
        else:
            assert re.search(".*".join(map(re.escape, expected)), obs.output.text, re.S)
        fresh = verify.observe(
            runner.run_fresh(result.snippet, result.interpreter, project), project
        )
        assert fresh.output == obs.output, result.interpreter.description
    # What is recorded reads back exactly, whatever characters it holds.
    observations = [verify.observe(r, project) for r in runs(batch, key, chosen)]
    rec = verify.updated(None, observations[0].snippet, observations)
    recording.write(tmp_path / "out.rec", rec)
    assert recording.read(tmp_path / "out.rec") == rec


@pytest.mark.parametrize("key", FAILED)
def test_not_recordable_fails_naming_file_interpreter_and_next_step(key, batch, chosen, project):
    happened, todo = FAILED[key]
    path = os.path.relpath(BAD / f"{key.removeprefix('bad/')}.py")
    for result in runs(batch, key, chosen):
        obs = verify.observe(result, project)
        assert obs.output is None
        assert obs.problem.startswith(happened), obs.problem
        verdict = verify.compare(obs, None, project)
        assert verdict.status == "failed"
        assert verdict.message.startswith(f"{key} on {result.interpreter.description}: ")
        assert todo.format(path=path) in verdict.message
        assert verdict.message.endswith(f"check it with: make verify ONLY='{path}'")
        assert "did not finish" not in verdict.message  # never taken for a timeout


def test_an_uncaught_keyboard_interrupt_ends_the_run_with_sigint(batch, chosen, project):
    for result in runs(batch, "bad/keyboard_interrupt", chosen):
        assert (result.status, result.signal) == ("signal", signal.SIGINT)


def test_a_session_ends_after_a_keyboard_interrupt_as_python_i_does(batch, chosen, project):
    for result in runs(batch, "bad/keyboard_interrupt_session", chosen):
        text = result.output.replace(runner.PS1, ">>> ")
        assert "KeyboardInterrupt\n>>> after\n" in text  # it went on
        if result.interpreter.version_info >= (3, 14):
            assert (result.status, result.signal) == ("signal", signal.SIGINT)
        else:
            assert (result.status, result.code) == ("exited", 0)
        fresh = runner.run_fresh(result.snippet, result.interpreter, project)
        assert (fresh.status, fresh.signal, fresh.code) == (
            result.status,
            result.signal,
            result.code,
        )


def test_exit_status_125_is_recorded_like_any_other(batch, chosen, project):
    for result in runs(batch, "bad/exit_125", chosen):
        assert verify.observe(result, project).output == Output("", 125)


def test_bytes_that_are_not_utf8_fail_instead_of_reading_as_escapes(batch, chosen, project):
    for result in runs(batch, "bad/bytes_not_utf8", chosen):
        obs = verify.observe(result, project)
        assert obs.output is None
        assert obs.problem.startswith("printed bytes that are not UTF-8 (b'\\xe9' on line 1)")


@pytest.mark.parametrize("name", UNLOADABLE)
def test_a_file_that_cannot_run_as_shown_is_refused_naming_file_and_line(name):
    path = BAD / f"{name}.py"
    with pytest.raises(snippets.SnippetError) as error:
        snippets.load(path, FIXTURES)
    assert str(error.value).startswith(f"{path}{UNLOADABLE[name]}")


def test_files_that_cannot_be_loaded_are_reported_and_the_rest_found():
    problems: list[snippets.SnippetError] = []
    found = snippets.find(FIXTURES, [BAD], problems)
    assert sorted(Path(str(p).split(":")[0]).stem for p in problems) == sorted(UNLOADABLE)
    assert len(found) == len(RECORDED) + len(FAILED) + len(ENDINGS)


def test_bad_snippets_in_a_batch_leave_the_good_ones_untouched(batch, chosen, project):
    for key in GOOD:
        for result in runs(batch, key, chosen):
            obs = verify.observe(result, project)
            assert obs.output is not None, verify.failure(obs)
            fresh = runner.run_fresh(result.snippet, result.interpreter, project)
            expected = verify.observe(fresh, project).output
            assert expected is not None and expected.text, result.interpreter.description
            assert obs.output == expected, result.interpreter.description
    statuses = {r.status for r in batch.values()}
    assert statuses <= {"exited", "signal"}  # no timeout, no engine failure


# What the host does with results the engine cannot make on demand.


def test_a_warm_child_that_gives_no_answer_is_not_blamed_on_the_engine_alone(found, project):
    result = RunResult(
        snippets.load(FIXTURES / "good" / "script.py", FIXTURES),
        found[-1],
        "engine-error",
        detail="the warm child exited (status 137)",
    )
    obs = verify.observe(result, project)
    assert obs.problem == (
        "no result came back from the warm child that ran it: the warm child exited (status 137)"
    )
    assert "If it fails the same way, tests/fixtures/good/script.py ends or stops" in obs.advice


def test_sigint_is_reported_as_an_uncaught_keyboard_interrupt(found, project):
    snippet = snippets.load(FIXTURES / "good" / "script.py", FIXTURES)
    result = RunResult(snippet, found[-1], "signal", "before\n", signal=signal.SIGINT)
    obs = verify.observe(result, project)
    assert obs.problem == "was ended by SIGINT, as an uncaught KeyboardInterrupt ends CPython"
    assert "Catch the KeyboardInterrupt in tests/fixtures/good/script.py" in obs.advice


def test_bytes_that_are_not_utf8_are_a_failure_never_a_recording(found, project):
    snippet = snippets.load(FIXTURES / "good" / "script.py", FIXTURES)
    raw = b"ok\ncaf\xe9\xff\n".decode("utf-8", "surrogateescape")
    result = RunResult(snippet, found[-1], "exited", raw, code=0)
    obs = verify.observe(result, project)
    assert obs.output is None
    assert obs.problem == (
        "printed bytes that are not UTF-8 (b'\\xe9\\xff' on line 2), "
        "which a page cannot show as text"
    )


# Through the command line: one bad snippet among good ones.


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch, chosen) -> Path:
    """A project with a good snippet and bad ones of every kind: one that
    cannot be loaded, one ended by a signal, one whose session cannot be
    transcribed, one that exits with a status."""
    (tmp_path / "pyproject.toml").write_text('[tool.snipcheck]\nsnippets = "snippets"\n')
    topic = tmp_path / "snippets" / "t"
    topic.mkdir(parents=True)
    (topic / "good.py").write_text("memoryview(b'ab').tolist()\n")
    for name in ("latin1", "signal_term", "prompt_printed_session", "exit_os_exit"):
        shutil.copyfile(BAD / f"{name}.py", topic / f"{name}.py")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SNIPCHECK_INTERPRETERS", os.pathsep.join(i.executable for i in chosen))
    monkeypatch.delenv("SNIPCHECK_REQUIRE", raising=False)
    return tmp_path


def test_record_and_verify_go_on_past_bad_snippets(mixed, chosen, capsys):
    assert cli.main(["record"]) == 1
    out = capsys.readouterr().out
    recorded = sorted(p.name for p in (mixed / "snippets" / "t").glob("*.rec"))
    assert recorded == ["exit_os_exit.rec", "good.rec"]
    assert (
        "NOT RECORDED /" in out
        and "snippets/t/latin1.py:2: declares the encoding 'latin-1'" in out
        and "It was not run on any interpreter." in out
    )
    for interp in chosen:
        assert f"NOT RECORDED t/signal_term on {interp.description}: was ended by SIGTERM" in out
        assert f"NOT RECORDED t/prompt_printed_session on {interp.description}: " in out
    assert out.rstrip().endswith("2 written, 0 unchanged, 5 not recorded")

    assert cli.main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "t/good" not in out and "t/exit_os_exit" not in out  # both passed
    assert "snipcheck verify snippets/t/signal_term.py" in out
    assert out.rstrip().endswith("4 passed, 5 failed, 0 skipped")
    rec = recording.read(mixed / "snippets" / "t" / "exit_os_exit.rec")
    assert rec is not None and {o.exit for o in rec.outputs.values()} == {3}


def test_pytest_goes_on_past_a_snippet_that_cannot_be_loaded(mixed, chosen):
    for name in ("signal_term", "prompt_printed_session", "exit_os_exit"):
        (mixed / "snippets" / "t" / f"{name}.py").unlink()
    assert cli.main(["record", "snippets/t/good.py"]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "snippets"],
        cwd=mixed,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Interrupted" not in done.stdout, done.stdout
    # The good snippet's items pass; the one that cannot be loaded fails, saying why.
    assert done.returncode == 1, done.stdout
    summary = done.stdout.rstrip().splitlines()[-1]
    assert summary.startswith(f"1 failed, {len(chosen)} passed in "), done.stdout
    assert "snippets/t/latin1.py:2: declares the encoding 'latin-1'" in done.stdout


# On a page: text that looks like markup is shown as text.


def test_markup_in_code_and_output_is_shown_literally(batch, chosen, project, tmp_path):
    site = tmp_path
    (site / "conf.py").write_text(CONF)
    (site / "docs").mkdir()
    keys = ["bad/markup", "bad/markup_session", "bad/line_separators"]
    (site / "docs" / "index.md").write_text(
        "# Home\n\n" + "".join(f"```{{snippet}} {key}\n```\n\n" for key in keys)
    )
    for key in keys:
        source = FIXTURES / f"{key}.py"
        target = site / "snippets" / f"{key}.py"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        snippet = snippets.load(target, site / "snippets")
        observations = [verify.observe(r, project) for r in runs(batch, key, chosen)]
        recording.write(snippet.recording_path, verify.updated(None, snippet, observations))
    build(site)  # -W -n: any warning fails it
    html = (site / "out" / "index.html").read_text(encoding="utf-8")

    data = re.findall(
        r'<script type="application/json" class="snipcheck-data">(.*?)</script>', html
    )
    assert len(data) == len(keys)
    for text in data:
        assert "<" not in text  # nothing in it can end it or open a comment
    shown = json.loads(data[0])
    assert shown["outputs"][chosen[-1].label]["text"] == MARKUP

    page = re.sub(r'<script type="application/json".*?</script>', "", html)
    # Only the page's own scripts; nothing a snippet printed became a tag.
    assert "alert" not in "".join(re.findall(r"<script[^>]*>.*?</script>", page, re.S))
    assert "<b>" not in page and "<!--<" not in page
    assert "admonition" not in page  # no directive was run
    for literal in (
        "&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; | a | b | &amp;amp; {{ jinja }}",
        "```{eval-rst}\n.. raw:: html",
        ":::{note}\nan injected note\n:::",
        ".. directive:: argument\n|substitution|",
        "&lt;!--&lt;script&gt;",
    ):
        assert literal in page, literal
    # The code is shown too, markup and all.
    assert "# {eval-rst} .. raw:: html ``` ::: |sub| &lt;b&gt;bold&lt;/b&gt;" in page
