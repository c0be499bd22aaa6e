"""snipcheck export: session recordings as doctest files that stock doctest passes.

The site's own snippets are exported for every native interpreter and run by
that interpreter's ``python -m doctest -o ELLIPSIS``, sealed like every other
run of snippet code; tiny hand-made recordings check each conversion and
each reason a snippet is not written.
"""

from __future__ import annotations

import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from snipcheck import cli, config, export, recording, sandbox, snippets
from snipcheck.environment import child_environment
from snipcheck.interpreters import Interpreter
from snipcheck.recording import Output, Recording

# The most snippets of the site that may be listed as not expressible on one
# interpreter (today: at most 3 of 365, each with its reason).
FEW = 5


def doctest(interp: Interpreter, folder: Path, files: list[Path]) -> tuple[int, str]:
    """Stock doctest of ``interp`` over ``files``, in one sealed process that
    sees ``folder`` read-only: its status and what it printed (nothing when
    every example passed)."""
    argv = ["-m", "doctest", "-o", "ELLIPSIS", *map(str, files)]
    readable = [*interp.runtime.readable(interp), str(folder)]
    done = subprocess.run(
        sandbox.command(interp.runtime.command(interp, argv), readable),
        env=child_environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def test_every_session_snippet_of_the_site_passes_stock_doctest(project, found, tmp_path):
    sandbox.check()
    sessions = [s for s in snippets.find(project.snippets) if s.mode == "session"]

    def check(interp: Interpreter) -> tuple[export.Exported, int, str]:
        # Two at a time: one interpreter's export runs while another's doctest does.
        folder = tmp_path / interp.label
        result = export.export(project, interp.label, folder)
        files = sorted(folder.rglob("*.txt"))
        assert len(files) == len(result.written)
        return result, *doctest(interp, folder, files)

    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip([i.label for i in found], pool.map(check, found), strict=True))
    for label, (result, status, output) in runs.items():
        examples = sum(c.examples for c in result.written.values())
        refused = "; ".join(f"{k}: {e}" for k, e in sorted(result.refused.items()))
        passed = examples if status == 0 and not output else 0
        print(
            f"{label}: {len(result.written)} files, {examples} examples, {passed} passed; "
            f"not expressible {len(result.refused)}: {refused or 'none'}"
        )
        assert not result.problems, result.problems
        # Every session snippet is either written or listed with a reason.
        assert len(result.written) + len(result.refused) == len(sessions), label
        assert all(exc.reason for exc in result.refused.values())
        assert len(result.refused) <= FEW, (label, export.summary(result))
        # doctest stops at the first file that fails, after saying why.
        assert (status, output) == (0, ""), f"doctest on {label} failed:\n{output[-6000:]}"
        # No file passes for want of examples.
        assert all(c.examples for c in result.written.values()), label


# A tiny project with hand-made recordings: what a session printed, masked
# as the engine masks it, with the [tool.snipcheck] masks of this project.
PYPROJECT = """\
[tool.snipcheck]
snippets = "snippets"
masks = [['<stdin>-\\d+', "<stdin>-…"]]
"""


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def recorded(root: Path, name: str, code: str, outputs: dict[str, Output], mode="session") -> None:
    """A snippet and its recording, the outputs given by hand."""
    path = root / "snippets" / "t" / f"{name}.py"
    path.write_text(code if mode == "session" else f"# mode: {mode}\n{code}", encoding="utf-8")
    interpreters = {label: f"CPython {label}.0 (test)" for label in outputs}
    rec = Recording(f"t/{name}.py", mode, "2026-01-01", interpreters, outputs)
    recording.write(path.with_suffix(".rec"), rec)


def export_one(root: Path, name: str, code: str, text: str, exit: int = 0) -> export.Exported:
    recorded(root, name, code, {"3.12": Output(text, exit)})
    return export.export(
        config.load(root), "3.12", root / "out", [root / "snippets" / "t" / f"{name}.py"]
    )


def written(result: export.Exported, key: str) -> str:
    """The examples of a written file, without its title."""
    return result.written[key].text.split("\n\n", 1)[1]


def test_masked_values_become_doctest_ellipses_and_text_of_the_snippet_stays(tiny):
    text = (
        ">>> m = memoryview(b'ab')\n"
        ">>> m\n<memory at 0x…>\n"
        ">>> print('in', path, f)\nin …/data.bin <stdin>-…\n"
        ">>> print('Loading…')\nLoading…\n"
    )
    code = "m = memoryview(b'ab')\nm\nprint('in', path, f)\nprint('Loading…')\n"
    result = export_one(tiny, "masks", code, text)
    assert written(result, "t/masks") == (
        ">>> m = memoryview(b'ab')\n"
        ">>> m\n<memory at 0x...>\n"
        ">>> print('in', path, f)\nin .../data.bin ...\n"
        ">>> print('Loading…')\nLoading…\n"
    )
    assert result.written["t/masks"].changes["masked values to ..."] == 3


def test_blank_lines_become_blanklines_and_a_prompt_after_unended_output_is_found(tiny):
    code = "print('a\\n\\n  \\nb')\nprint('x', end='')\n1\n"
    text = ">>> print('a\\n\\n  \\nb')\na\n\n  \nb\n>>> print('x', end='')\nx>>> 1\n1\n"
    result = export_one(tiny, "blank", code, text)
    assert written(result, "t/blank") == (
        ">>> print('a\\n\\n  \\nb')\na\n<BLANKLINE>\n<BLANKLINE>\nb\n"
        ">>> print('x', end='')\nx\n>>> 1\n1\n"
    )


def test_a_compound_statement_keeps_its_prompts(tiny):
    code = "for i in range(2):\n    print(i)\n\nx = 1\n"
    text = ">>> for i in range(2):\n...     print(i)\n...\n0\n1\n>>> x = 1\n"
    result = export_one(tiny, "loop", code, text)
    assert written(result, "t/loop") == text
    assert result.written["t/loop"].examples == 2


def test_tracebacks_become_what_doctest_compares(tiny):
    code = "1 +\nf()\nm.tolis()\n"
    text = (
        '>>> 1 +\n  File "<stdin>", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n'
        '>>> f()\nTraceback (most recent call last):\n  File "<stdin>", line 2, in f\n'
        "KeyError: 'x'\n\nDuring handling of the above exception, another exception occurred:"
        '\n\nTraceback (most recent call last):\n  File "<stdin>-…", line 4, in f\n'
        "ValueError: bad\n"
        '>>> m.tolis()\nTraceback (most recent call last):\n  File "<stdin>", line 1, in '
        "<module>\nAttributeError: 'memoryview' object has no attribute 'tolis'. "
        "Did you mean: 'tolist'?\n"
    )
    result = export_one(tiny, "raises", code, text)
    assert written(result, "t/raises") == (
        '>>> 1 +\nTraceback (most recent call last):\n  File "<stdin>", line 1\n    1 +\n'
        "       ^\nSyntaxError: invalid syntax\n"
        '>>> f()\nTraceback (most recent call last):\n  File "...", line 4, in f\n'
        "ValueError: bad\n"
        '>>> m.tolis()\nTraceback (most recent call last):\n  File "<stdin>", line 1, in '
        "<module>\nAttributeError: 'memoryview' object has no attribute 'tolis'...\n"
    )
    changes = result.written["t/raises"].changes
    assert changes["syntax errors given the traceback header"] == 1
    assert changes["chained exceptions cut to the last"] == 1
    assert changes["suggestions (Did you mean) to ..."] == 1


# As 3.11 and later print an exception group with a note, and one raised
# while another exception was handled.
GROUP = (
    "e = ExceptionGroup('two', [ValueError(1)])\ne.add_note('a note')\nraise e\n"
    "try:\n    {}['x']\nexcept KeyError:\n    raise ExceptionGroup('outer', [ValueError(2)])\n",
    ">>> e = ExceptionGroup('two', [ValueError(1)])\n>>> e.add_note('a note')\n>>> raise e\n"
    "  + Exception Group Traceback (most recent call last):\n"
    '  |   File "<stdin>", line 1, in <module>\n'
    "  | ExceptionGroup: two (1 sub-exception)\n  | a note\n"
    "  +-+---------------- 1 ----------------\n    | ValueError: 1\n"
    "    +------------------------------------\n"
    ">>> try:\n...     {}['x']\n... except KeyError:\n"
    "...     raise ExceptionGroup('outer', [ValueError(2)])\n...\n"
    'Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\n'
    "KeyError: 'x'\n\nDuring handling of the above exception, another exception occurred:"
    "\n\n  + Exception Group Traceback (most recent call last):\n"
    '  |   File "<stdin>", line 4, in <module>\n'
    "  | ExceptionGroup: outer (1 sub-exception)\n"
    "  +-+---------------- 1 ----------------\n    | ValueError: 2\n"
    "    +------------------------------------\n",
)


def test_an_exception_group_keeps_its_own_line_and_notes(tiny):
    result = export_one(tiny, "group", *GROUP)
    assert written(result, "t/group") == (
        ">>> e = ExceptionGroup('two', [ValueError(1)])\n>>> e.add_note('a note')\n>>> raise e\n"
        'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
        "ExceptionGroup: two (1 sub-exception)\na note\n"
        ">>> try:\n...     {}['x']\n... except KeyError:\n"
        "...     raise ExceptionGroup('outer', [ValueError(2)])\n...\n"
        'Traceback (most recent call last):\n  File "<stdin>", line 4, in <module>\n'
        "ExceptionGroup: outer (1 sub-exception)\n"
    )
    assert result.written["t/group"].changes["exception groups cut to the group's own message"] == 2


STDERR = "output on standard error, which doctest does not capture"


@pytest.mark.parametrize(
    ("code", "text", "exit", "reason", "detail"),
    [
        (
            "a = array.array('u', 'hi')\n",
            ">>> a = array.array('u', 'hi')\n<stdin>-…:1: DeprecationWarning: The 'u' type "
            "code is deprecated\n",
            0,
            STDERR,
            "a warning",
        ),
        (
            "del a\n",
            ">>> del a\nException ignored in: <function A.__del__ at 0x…>\nTraceback (most "
            'recent call last):\n  File "<stdin>", line 3, in __del__\nValueError: x\n',
            0,
            STDERR,
            "an exception ignored",
        ),
        (
            "print('x', file=sys.stderr)\n",
            ">>> print('x', file=sys.stderr)\nx\n",
            0,
            STDERR,
            "its code names stderr",
        ),
        (
            "sys.stdout.buffer.write(b'x')\n",
            ">>> sys.stdout.buffer.write(b'x')\nx1\n",
            0,
            "output written past sys.stdout, which doctest replaces to capture it",
            "its code names stdout.buffer",
        ),
        (
            "sys.exit(3)\n",
            ">>> sys.exit(3)\n",
            3,
            "an exit status other than 0, which doctest does not check",
            "exit 3",
        ),
        (
            "raise KeyboardInterrupt\n",
            ">>> raise KeyboardInterrupt\nTraceback (most recent call last):\n  File "
            '"<stdin>", line 1, in <module>\nKeyboardInterrupt\n',
            0,
            "a KeyboardInterrupt, which stops doctest itself",
            "",
        ),
        (
            "print('... x')\n",
            ">>> print('... x')\n... x\n",
            0,
            "output starting with '...', which doctest reads as more code",
            "",
        ),
        (
            "print('x\\n>>> y')\n",
            ">>> print('x\\n>>> y')\nx\n>>> y\n",
            0,
            "an output line starting with '>>>', which doctest reads as code",
            "",
        ),
        (
            "with m:\n    print(1)\n    raise E\n",
            ">>> with m:\n...     print(1)\n...     raise E\n...\n1\nTraceback (most recent "
            'call last):\n  File "<stdin>", line 3, in <module>\nE\n',
            0,
            "output printed before an exception in the same statement "
            "(doctest compares only the exception)",
            "",
        ),
        (
            "print('a\\tb')\n",
            ">>> print('a\\tb')\na\tb\n",
            0,
            "a tab, which doctest turns into spaces",
            "",
        ),
        (
            "print('a\\rb')\n",
            ">>> print('a\\rb')\na\rb\n",
            0,
            "a carriage return, which doctest reads as a line end",
            "",
        ),
        (
            "x = 1\n",
            ">>> x = 2\n",
            0,
            "the recording does not hold the snippet's lines (record it again)",
            "line 1 of what is typed, 'x = 1'",
        ),
    ],
    ids=[
        "warning",
        "exception-ignored",
        "code-names-stderr",
        "past-stdout",
        "exit-status",
        "keyboard-interrupt",
        "output-like-more-code",
        "output-like-a-prompt",
        "output-before-exception",
        "tab",
        "carriage-return",
        "stale-recording",
    ],
)
def test_what_doctest_cannot_express_is_listed_with_its_reason(
    tiny, code, text, exit, reason, detail
):
    result = export_one(tiny, "case", code, text, exit)
    assert not result.written
    assert (result.refused["t/case"].reason, result.refused["t/case"].detail) == (reason, detail)
    assert not list((tiny / "out").rglob("*.txt"))


def test_only_sessions_recorded_on_the_interpreter_are_written(tiny, capsys):
    recorded(
        tiny, "both", "1\n", {"3.12": Output(">>> 1\n1\n", 0), "3.13": Output(">>> 1\n1\n", 0)}
    )
    recorded(tiny, "old", "2\n", {"3.13": Output(">>> 2\n2\n", 0)})
    recorded(tiny, "script", "print(3)\n", {"3.12": Output("3\n", 0)}, mode="script")
    assert cli.main(["export", "--python", "3.12", "--into", "out"]) == 0
    out = capsys.readouterr().out
    assert sorted(p.name for p in (tiny / "out").rglob("*.txt")) == ["both.txt"]
    assert "written 1 doctest files (1 examples)" in out
    assert "not expressible 1\n  1 no output recorded on this interpreter: t/old\n" in out
    assert "not exported: 1 script snippets" in out
    assert "check them with: python3.12 -m doctest -o ELLIPSIS out/*/*.txt" in out
    title = (tiny / "out/t/both.txt").read_text(encoding="utf-8").splitlines()[0]
    assert title == "t/both, as recorded on CPython 3.12.0 (test)"


def test_export_refuses_an_unknown_interpreter_and_a_folder_it_did_not_write(tiny, capsys):
    recorded(tiny, "a", "1\n", {"3.12": Output(">>> 1\n1\n", 0)})
    assert cli.main(["export", "--python", "3.7", "--into", "out"]) == 2
    assert "no recording names the interpreter 3.7 (recorded: 3.12)" in capsys.readouterr().err
    assert not (tiny / "out").exists()
    (tiny / "mine").mkdir()
    (tiny / "mine" / "notes.txt").write_text("keep me")
    assert cli.main(["export", "--python", "3.12", "--into", "mine"]) == 2
    assert "not written by snipcheck export" in capsys.readouterr().err
    assert (tiny / "mine" / "notes.txt").read_text() == "keep me"


def test_exporting_again_leaves_nothing_stale(tiny):
    recorded(tiny, "a", "1\n", {"3.12": Output(">>> 1\n1\n", 0)})
    recorded(tiny, "b", "2\n", {"3.12": Output(">>> 2\n2\n", 0)})
    export.export(config.load(tiny), "3.12", tiny / "out")
    (tiny / "snippets/t/b.py").unlink()
    (tiny / "snippets/t/b.rec").unlink()
    export.export(config.load(tiny), "3.12", tiny / "out")
    assert sorted(p.name for p in (tiny / "out").rglob("*.txt")) == ["a.txt"]


# Sessions whose every conversion doctest must accept, as the oldest and the
# newest interpreter print them (the stacks, which doctest skips, may differ).
SESSIONS = {
    "values": (
        "m = memoryview(b'ab')\nm\nprint('a\\n\\n  \\nb')\nimport os\nos.getcwd()\n"
        "print('x', end='')\n1\n",
        ">>> m = memoryview(b'ab')\n>>> m\n<memory at 0x…>\n>>> print('a\\n\\n  \\nb')\n"
        "a\n\n  \nb\n>>> import os\n>>> os.getcwd()\n'…'\n>>> print('x', end='')\nx>>> 1\n1\n",
    ),
    "syntax": (
        "1 +\n",
        '>>> 1 +\n  File "<stdin>", line 1\n    1 +\n      ^\nSyntaxError: invalid syntax\n',
    ),
    "raises": (
        "m = memoryview(b'ab')\nm.tolis()\ntry:\n    {}['x']\nexcept KeyError:\n"
        "    raise ValueError('bad')\n",
        ">>> m = memoryview(b'ab')\n>>> m.tolis()\nTraceback (most recent call last):\n"
        "  File \"<stdin>\", line 1, in <module>\nAttributeError: 'memoryview' object has "
        "no attribute 'tolis'. Did you mean: 'tolist'?\n>>> try:\n...     {}['x']\n"
        "... except KeyError:\n...     raise ValueError('bad')\n...\n"
        'Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\n'
        "KeyError: 'x'\n\nDuring handling of the above exception, another exception "
        'occurred:\n\nTraceback (most recent call last):\n  File "<stdin>-…", line 4, in '
        "<module>\nValueError: bad\n",
    ),
}


def test_the_conversions_pass_stock_doctest(tiny, found):
    sandbox.check()
    ends = (found[0], found[-1])
    for name, (code, text) in SESSIONS.items():
        recorded(tiny, name, code, {i.label: Output(text, 0) for i in ends})
    if found[-1].version_info >= (3, 11):  # exception groups are new in 3.11
        recorded(tiny, "group", GROUP[0], {found[-1].label: Output(GROUP[1], 0)})
    for interp in ends:
        result = export.export(config.load(tiny), interp.label, tiny / interp.label)
        groups = int(interp is found[-1] and interp.version_info >= (3, 11))
        assert len(result.written) == len(SESSIONS) + groups, export.summary(result)
        files = sorted((tiny / interp.label).rglob("*.txt"))
        status, output = doctest(interp, tiny / interp.label, files)
        assert (status, output) == (0, ""), f"{interp.description}:\n{output}"
