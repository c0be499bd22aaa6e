"""The warm child prints exactly what a fresh interpreter prints.

Each case runs once through the engine (a fork of a warm child) and once as
a brand-new process started the ordinary way: ``python file.py`` for a
script, ``python -i`` with the lines piped in for a session, both sealed
the same way.  On Pyodide, which cannot fork, a run after one that changed
its runtime must print what it prints in a runtime of its own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from snipcheck import runner, snippets, transcript, verify

from .conftest import FIXTURES

CASES = [
    "good/script",
    "good/session",
    "good/stdlib_traceback",
    "good/session_def",
    "faults/uncaught",
    "faults/syntax_error",
    "faults/syntax_error_session",
    "faults/exits_with_status",
    # What only the interpreter's teardown prints.
    "shutdown/del_at_exit",
    "shutdown/del_at_exit_script",
    "shutdown/atexit_print",
    "shutdown/thread_join",
    "shutdown/generator_finally",
    "shutdown/coroutine_never_awaited",
    "shutdown/c_printf",
    "shutdown/unflushed_fd1",
    "shutdown/resource_warning",
    "shutdown/weakref_finalize",
    "shutdown/weakref_callback",
    # A fork holds what a fresh interpreter holds, nothing of the warm child's.
    "fresh/modules_script",
    "fresh/modules_session",
    # What `python -i` sets up before its first prompt (site's readline
    # hook, with an exit handler that saves the history).
    "fresh/interactive_hook",
    "fresh/argv",
    "fresh/import_side_effect",
    "fresh/path_cache",
    # Teardown output of the buffer protocol (3.12+: a Python exporter's
    # __release_buffer__ runs when a view still alive at exit is freed).
    "fresh/release_buffer_at_exit",
    "fresh/release_buffer_session",
    "fresh/untracked_del",
]


def test_host_and_child_agree_on_the_prompts():
    assert (runner.PS1, runner.PS2) == (transcript.MARK + ">>> ", transcript.MARK + "... ")
    # The fresh reference sessions set them from a start-up file.
    tree = ast.parse((Path(runner.__file__).parent / "_prompts.py").read_text())
    assigned = {n.targets[0].attr: n.value.value for n in tree.body if isinstance(n, ast.Assign)}
    assert assigned == {"ps1": runner.PS1, "ps2": runner.PS2}


@pytest.fixture(scope="module")
def engine_runs(project, found):
    chosen = [snippets.load(FIXTURES / f"{key}.py", FIXTURES) for key in CASES]
    results = runner.run_all(chosen, found, project)
    return {(r.snippet.key, r.interpreter.label): verify.observe(r, project) for r in results}


@pytest.mark.parametrize("key", CASES)
def test_engine_output_equals_a_fresh_interpreter(key, engine_runs, found, project):
    snippet = snippets.load(FIXTURES / f"{key}.py", FIXTURES)
    for interp in found:
        warm = engine_runs[(key, interp.label)]
        fresh = verify.observe(runner.run_fresh(snippet, interp, project), project)
        assert warm.output is not None, warm.problem
        assert warm.output == fresh.output, interp.description


def test_the_buffer_release_at_exit_is_seen_where_python_has_it(engine_runs, found):
    """Not a vacuous comparison: on 3.12 and later the release is printed."""
    for interp in found:
        text = engine_runs[("fresh/release_buffer_at_exit", interp.label)].output.text
        if interp.version_info >= (3, 12):
            assert text.endswith("buffer released\n"), interp.description
        else:
            assert "TypeError" in text, interp.description


# A line each teardown case prints only as its interpreter ends, on every
# version: without them, a warm run and a fresh one that both lost the end
# of a run would still be equal.
AT_EXIT = {
    "shutdown/del_at_exit": r"Noisy\.__del__ ran at exit",
    "shutdown/del_at_exit_script": r"Noisy\.__del__ ran at exit",
    "shutdown/atexit_print": r"atexit handler ran",
    "shutdown/thread_join": r"thread finished after the main code",
    "shutdown/generator_finally": r"generator closed at exit",
    "shutdown/coroutine_never_awaited": r".*: RuntimeWarning: coroutine 'work' was never awaited",
    "shutdown/c_printf": r"printed by C's printf, left in its buffer",
    "shutdown/unflushed_fd1": r"buffered in a second file object on fd 1",
    "shutdown/resource_warning": r".*: ResourceWarning: unclosed file <.*resource_warning\.py.*",
    "shutdown/weakref_finalize": r"finalizer ran at exit",
    "fresh/untracked_del": r"gone: 7",
}


@pytest.mark.parametrize("key", AT_EXIT)
def test_what_only_teardown_prints_is_seen(key, engine_runs, found):
    """Not a vacuous comparison: the teardown output is there to compare."""
    assert key in CASES
    for interp in found:
        output = engine_runs[(key, interp.label)].output
        assert output is not None, interp.description
        lines = output.text.splitlines()
        assert any(re.fullmatch(AT_EXIT[key], line) for line in lines), (
            interp.description,
            output.text,
        )


def test_a_fork_holds_only_the_modules_of_a_fresh_interpreter(engine_runs, found):
    for interp in found:
        text = engine_runs[("fresh/import_side_effect", interp.label)].output.text
        assert text.startswith("False False False\n"), interp.description


CONTAMINATE = FIXTURES / "contaminate"


@pytest.fixture(scope="module")
def in_turn(project, everything):
    """Every contamination fixture run in order in one batch, so each "after"
    snippet runs right after the one that changed its process."""
    chosen = snippets.find(CONTAMINATE)
    keys = [s.key for s in chosen]
    assert keys == sorted(keys) and len(keys) >= 20
    results = runner.run_all(chosen, everything, project)
    return chosen, {
        (r.snippet.key, r.interpreter.label): verify.observe(r, project) for r in results
    }


def test_no_run_sees_what_an_earlier_snippet_did(in_turn, project, everything):
    """Natives: compared with a fresh process.  Pyodide: compared with the
    same snippet run first in a runtime of its own."""
    chosen, seen = in_turn
    # Each of these comes right after the one that changes its process.
    after = [s for s in chosen if "_after_" in s.key or s.key.endswith("_again")]
    assert len(after) == len(chosen) // 2
    for interp in everything:
        if interp.runtime.forks:
            alone = {s.key: runner.run_fresh(s, interp, project) for s in after}
        else:
            alone = _each_in_a_new_runtime(after, interp, project)
        for snippet in after:
            expected = verify.observe(alone[snippet.key], project).output
            got = seen[(snippet.key, interp.label)].output
            assert got is not None and expected is not None, (snippet.key, interp.label)
            assert got == expected, (snippet.key, interp.description)


def _each_in_a_new_runtime(chosen, interp, project):
    child = runner.WarmChild(interp)
    try:
        results = {}
        for snippet in chosen:
            assert child.request({"op": "fresh"}, 60) == {"fresh": True}
            results[snippet.key] = runner._run_one(child, snippet, interp, project, {})
        return results
    finally:
        child.close()
