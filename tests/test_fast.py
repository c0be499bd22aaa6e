"""The fast path (no fork) never vouches for an output a fresh interpreter
would not print, and verify confirms everything else in a fork."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from snipcheck import cli, runner, snippets, verify

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def both_ways(project, found):
    every = snippets.find(FIXTURES)
    chosen = [found[0], found[-1]]
    fast = runner.run_all(every, chosen, project, fast=True)
    fork = runner.run_all(every, chosen, project)
    assert all(r.forked for r in fork)
    key = lambda r: (r.snippet.key, r.interpreter.label)  # noqa: E731
    return {key(r): r for r in fast}, {key(r): r for r in fork}


def test_a_fast_result_is_what_a_fork_prints(both_ways, project):
    fast, fork = both_ways
    assert sum(not r.forked for r in fast.values()) >= 20
    wrong = [
        k
        for k, r in fast.items()
        if verify.observe(r, project).output != verify.observe(fork[k], project).output
    ]
    assert wrong == []


def test_snippets_that_change_the_child_do_not_change_the_next_one(both_ways, project):
    fast, fork = both_ways
    for key in (
        "b_after_displayhook",
        "d_import_this_again",
        "f_after_builtins",
        "h_after_int_digits",
        "j_after_underscore",
        "l_warning_again",
    ):
        for label in {k[1] for k in fast}:
            r = fast[(f"contaminate/{key}", label)]
            assert not r.forked, (key, label)
            assert (
                verify.observe(r, project).output
                == verify.observe(fork[r.snippet.key, label], project).output
            )
    zen = verify.observe(fast[("contaminate/d_import_this_again", label)], project).output
    assert zen is not None and "Beautiful is better than ugly." in zen.text


@pytest.mark.parametrize(
    "key", ["shutdown/del_at_exit", "shutdown/atexit_print", "shutdown/thread_join", "faults/crash"]
)
def test_runs_whose_teardown_or_fate_matters_are_run_in_a_fork(both_ways, key):
    fast, _ = both_ways
    assert all(r.forked for k, r in fast.items() if k[0] == key)


def test_verify_confirms_failures_in_a_fork(tmp_path: Path, monkeypatch, found, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.snipcheck]\nsnippets = "snippets"\n')
    folder = tmp_path / "snippets" / "t"
    folder.mkdir(parents=True)
    for name in (
        "good/session",
        "good/script",
        "shutdown/del_at_exit",
        "faults/crash",
        "faults/infinite_loop",
    ):
        shutil.copy(FIXTURES / f"{name}.py", folder / f"{name.replace('/', '_')}.py")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(
        "SNIPCHECK_INTERPRETERS", os.pathsep.join([found[0].executable, found[-1].executable])
    )
    monkeypatch.delenv("SNIPCHECK_REQUIRE", raising=False)
    assert cli.main(["record"]) == 1  # the crash and the loop are not recordable
    capsys.readouterr()
    assert cli.main(["verify"]) == 1
    out = capsys.readouterr().out
    assert "the interpreter crashed (SIGSEGV)" in out
    assert "did not finish within 1 s and was stopped" in out
    assert out.rstrip().endswith("6 passed, 4 failed, 0 skipped")
