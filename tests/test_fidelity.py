"""The warm child prints exactly what a fresh interpreter prints.

Each case runs once through the engine (a fork of a warm child) and once as
a brand-new process started the ordinary way: ``python file.py`` for a
script, ``python -i`` with the lines piped in for a session.
"""

from __future__ import annotations

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
]


def test_host_and_child_agree_on_the_prompts():
    assert (runner.PS1, runner.PS2) == (transcript.MARK + ">>> ", transcript.MARK + "... ")


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
