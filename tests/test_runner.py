"""The engine against bad snippets: each fails alone, clearly, and is never
recorded; every other snippet in the same batch is still checked."""

from __future__ import annotations

import os
import signal
import threading
import time
import uuid
from pathlib import Path

import pytest

from snipcheck import runner, snippets, verify
from snipcheck.runner import RunResult

from .conftest import FIXTURES

GOOD = ["good/script", "good/session"]


@pytest.fixture(scope="module")
def batch(project, found) -> dict[tuple[str, str], RunResult]:
    every = snippets.find(FIXTURES)
    # Oldest and newest interpreters: the fault handling is the same on all.
    chosen = [found[0], found[-1]]
    started = time.monotonic()
    results = runner.run_all(every, chosen, project)
    batch = {(r.snippet.key, r.interpreter.label): r for r in results}
    batch["elapsed"] = time.monotonic() - started  # type: ignore[assignment]
    return batch


def results(batch, key, found) -> list[RunResult]:
    """The runs of ``key`` on the oldest and the newest interpreter; a key
    the batch lacks fails here rather than leaving a test nothing to check."""
    return [batch[(key, interp.label)] for interp in (found[0], found[-1])]


def observations(batch, key, project, found):
    return [verify.observe(r, project) for r in results(batch, key, found)]


def test_every_snippet_ran_on_every_interpreter(batch, found):
    keys = {s.key for s in snippets.find(FIXTURES)}
    ran = {k for k in batch if k != "elapsed"}
    assert ran == {(k, i.label) for k in keys for i in (found[0], found[-1])}


@pytest.fixture(scope="module")
def alone(project, found) -> dict[tuple[str, str], RunResult]:
    """The good snippets in a batch of their own."""
    chosen = [snippets.load(FIXTURES / f"{key}.py", FIXTURES) for key in GOOD]
    return {
        (r.snippet.key, r.interpreter.label): r
        for r in runner.run_all(chosen, [found[0], found[-1]], project)
    }


@pytest.mark.parametrize("key", GOOD)
def test_good_snippets_are_unaffected_by_the_bad_ones(batch, alone, key, project, found):
    for result in results(batch, key, found):
        obs = verify.observe(result, project)
        assert obs.output is not None, obs.problem
        expected = verify.observe(alone[(key, result.interpreter.label)], project).output
        assert expected is not None and expected.text
        assert obs.output == expected, result.interpreter.description


def test_syntax_error_is_real_output(batch, project, found):
    for obs in observations(batch, "faults/syntax_error", project, found):
        assert obs.output is not None and obs.output.exit == 1
        assert "SyntaxError" in obs.output.text
        assert "never printed" not in obs.output.text.split("SyntaxError")[-1]


def test_syntax_error_in_a_session_lets_the_session_go_on(batch, project, found):
    for obs in observations(batch, "faults/syntax_error_session", project, found):
        assert obs.output is not None
        assert "SyntaxError" in obs.output.text


def test_uncaught_exception_is_real_output_with_exit_status_1(batch, project, found):
    for obs in observations(batch, "faults/uncaught", project, found):
        assert obs.output is not None and obs.output.exit == 1
        assert obs.output.text.startswith("before\nTraceback (most recent call last):\n")
        assert "TypeError: cannot modify read-only memory" in obs.output.text


def test_exit_status_is_kept(batch, project, found):
    for obs in observations(batch, "faults/exits_with_status", project, found):
        assert obs.output is not None and obs.output.exit == 3


def test_infinite_loop_is_stopped_and_not_recorded(batch, project, found):
    for result in results(batch, "faults/infinite_loop", found):
        assert result.status == "timeout"
        obs = verify.observe(result, project)
        assert obs.output is None
        assert obs.problem == "did not finish within 1 s and was stopped"


def test_crash_is_reported_with_its_signal_and_not_recorded(batch, project, found):
    for obs in observations(batch, "faults/crash", project, found):
        assert obs.output is None
        assert obs.problem == "the interpreter crashed (SIGSEGV)"


def test_huge_output_is_cut_off_and_not_recorded(batch, project, found):
    for obs in observations(batch, "faults/huge_output", project, found):
        assert obs.output is None
        assert obs.problem == f"printed more than {project.max_output} bytes and was stopped"


def test_children_left_running_in_a_batch_are_reported(batch, project, found):
    for obs in observations(batch, "faults/leaves_children", project, found):
        assert obs.output is None
        assert "left child processes running" in obs.problem


# Each starts a process that would sleep for a minute, with a marker on its
# command line: the only way the test tells its own processes from those of
# anything else on the machine (another run of this suite, say).
LEAVERS = {
    "child": """\
import subprocess, sys
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", MARKER])
print("started a child and left it running")
""",
    "child in a new session": """\
import subprocess, sys
subprocess.Popen(
    [sys.executable, "-c", "import time; time.sleep(60)", MARKER], start_new_session=True
)
print("started a child in a session of its own")
""",
    "double-forked daemon": """\
import os, sys
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(60)", MARKER])
    os._exit(0)
os.wait()
print("started a daemon")
""",
}


@pytest.mark.parametrize("kind", LEAVERS)
def test_children_left_running_are_killed_and_reported(kind, project, found, tmp_path):
    marker = f"snipcheck-test-{uuid.uuid4().hex}"
    path = tmp_path / "leaves_children.py"
    path.write_text("# mode: script\n" + LEAVERS[kind].replace("MARKER", repr(marker)))
    leaver = snippets.load(path, tmp_path)
    try:
        results = runner.run_all([leaver], [found[0], found[-1]], project)
        survivors = _running_with(marker)
    finally:
        for pid in _running_with(marker):  # only when the engine failed to
            os.kill(pid, signal.SIGKILL)
    assert survivors == []
    assert len(results) == 2
    for result in results:
        obs = verify.observe(result, project)
        assert obs.output is None, obs.output
        assert "left child processes running" in obs.problem


def _running_with(marker: str) -> list[int]:
    """The processes whose command line holds ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:  # not a process, or one that has just ended
            continue
        if marker.encode() in arguments:
            found.append(int(entry.name))
    return found


def test_a_failure_verdict_names_snippet_interpreter_and_problem(batch, project, found):
    obs = observations(batch, "faults/crash", project, found)[0]
    verdict = verify.compare(obs, None, project)
    assert verdict.status == "failed"
    assert verdict.message.startswith("faults/crash on CPython 3.")
    assert "SIGSEGV" in verdict.message


def test_a_warm_child_that_dies_during_a_request_is_an_engine_error_and_is_restarted(found):
    child = runner.WarmChild(found[-1])
    probe = {"op": "probe", "modules": []}
    try:
        child.request(probe, 30)
        assert child._proc is not None
        # Killed while it waits for a snippet that sleeps: the answer never comes.
        killer = threading.Timer(0.3, os.kill, (child._proc.pid, signal.SIGKILL))
        killer.start()
        sleeper = {
            "op": "run",
            "mode": "script",
            "name": "sleeper.py",
            "source": "import time\ntime.sleep(1.5)\n",
            "input": "",
            "timeout": 10,
            "max_output": 10_000,
            "max_memory": 2 * 1024**3,
        }
        with pytest.raises(runner.EngineError, match="exited"):
            child.request(sleeper, 30)
        killer.join()
        assert child.request(probe, 30)["implementation"] == "cpython"
    finally:
        child.close()


def test_a_warm_child_found_dead_is_restarted_before_the_request(found):
    child = runner.WarmChild(found[-1])
    probe = {"op": "probe", "modules": []}
    try:
        child.request(probe, 30)
        assert child._proc is not None
        os.kill(child._proc.pid, signal.SIGKILL)
        child._proc.wait()
        assert child.request(probe, 30)["implementation"] == "cpython"
    finally:
        child.close()


def test_a_pools_warm_child_serves_the_batches_after_the_one_that_started_it(project, found):
    """A child outlives the batch that started it (whose thread has ended
    by then) and runs the next batches: not restarted, nothing lost."""
    chosen = [snippets.load(FIXTURES / f"{key}.py", FIXTURES) for key in ("good/script",) * 3]
    with runner.Pool() as pool:
        for batch in range(3):
            results = runner.run_batches({found[-1]: chosen}, project, pool)
            assert [r.status for r in results] == ["exited"] * 3, [r.detail for r in results]
            child, _ = pool.child(found[-1], chosen[0].mode, ())
            assert child._proc is not None
            if batch == 0:
                started = child._proc.pid
            assert child._proc.pid == started, "the warm child was started again"
