"""Pyodide runtimes (CPython compiled to WebAssembly) as interpreters."""

from __future__ import annotations

import pytest

from snipcheck import runner, runtimes, snippets, verify

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def pyodides(everything):
    found = [i for i in everything if i.runtime is runtimes.PYODIDE]
    if not found:
        pytest.fail("no Pyodide runtime found: run `make npm` (needs node and npm)")
    return found


def test_both_runtimes_are_found_and_labelled_honestly(pyodides):
    assert [i.label for i in pyodides] == ["3.14-pyodide", "3.15-pyodide"]
    assert all("Pyodide" in i.description and "wasm32" in i.description for i in pyodides)


@pytest.fixture(scope="module")
def batch(project, pyodides):
    keys = [
        "good/session",
        "faults/infinite_loop",
        "good/script",
        "pyodide/needs_sockets",
        "pyodide/needs_numpy",
    ]
    chosen = [snippets.load(FIXTURES / f"{key}.py", FIXTURES) for key in keys]
    results = runner.run_all(chosen, pyodides, project)
    return {(r.snippet.key, r.interpreter.label): verify.observe(r, project) for r in results}


def test_a_session_is_the_real_interactive_transcript(batch, pyodides):
    for interp in pyodides:
        out = batch[("good/session", interp.label)].output
        assert out is not None
        assert out.text.startswith(
            ">>> m = memoryview(bytearray(b'abc'))\n>>> m\n<memory at 0x…>\n"
        )
        assert "TypeError: memoryview: a bytes-like object is required, not 'list'" in out.text


def test_a_snippet_that_never_ends_is_stopped_and_the_next_one_still_runs(batch, pyodides):
    for interp in pyodides:
        obs = batch[("faults/infinite_loop", interp.label)]
        assert obs.output is None
        assert obs.problem == "did not finish within 1 s and was stopped"
        after = batch[("good/script", interp.label)].output
        assert after is not None and after.text.startswith("to stdout\nto stderr\n")


def test_snippets_can_say_why_they_do_not_run_on_pyodide(batch, pyodides):
    for interp in pyodides:
        obs = batch[("pyodide/needs_sockets", interp.label)]
        assert obs.skipped and obs.problem == "not run on pyodide: WebAssembly has no sockets"


def test_a_package_pyodide_cannot_load_offline_is_a_reported_skip(batch, pyodides):
    for interp in pyodides:
        obs = batch[("pyodide/needs_numpy", interp.label)]
        assert obs.skipped
        assert obs.problem == f"needs numpy, which {interp.description} cannot import"
