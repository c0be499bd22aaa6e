"""Pyodide runtimes (CPython compiled to WebAssembly) as interpreters."""

from __future__ import annotations

import pytest

from snipcheck import inprocess, runner, runtimes, snippets, verify

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


# A run inside a runtime is followed by a new runtime only when it left the
# old one changed (its reply says it is not "clean"); what tempfile and an
# unclosed file leave behind, and names set in modules, are undone, so those
# runs keep their runtime. (That the next snippet cannot tell is
# test_fidelity's check.)
KEEP_THEIR_RUNTIME = {
    "contaminate/w_tempfile": True,
    "contaminate/y_unclosed_file": True,
    "contaminate/s_module_attribute": True,
    "contaminate/e_builtins": True,
    "contaminate/g_int_digits": False,
    "contaminate/za_leave_files": False,
    "contaminate/m_audit_hook": False,
}


def test_only_a_run_that_changed_its_runtime_has_it_replaced(project, pyodides):
    for interp in pyodides:
        with runner.Pool() as pool:
            for key, kept in KEEP_THEIR_RUNTIME.items():
                snippet = snippets.load(FIXTURES / f"{key}.py", FIXTURES)
                child, _ = pool.child(interp, snippet.mode, ())
                reply = child.request(inprocess.request(snippet, project), 60)
                assert reply["status"] == "exited" and reply["code"] == 0, (key, reply)
                assert reply["clean"] is kept, (key, interp.label)


# A runtime starts from a memory snapshot of a freshly loaded Pyodide, kept on
# disk in the engine's cache folder (runtimes._Pyodide.snapshot): made once by
# a sealed run of its own, restored by every warm child after it, and never
# used when it is stale or damaged.


@pytest.fixture(scope="module")
def kept_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("snapshots")


@pytest.fixture
def made(monkeypatch, kept_folder):
    """The snapshots made during a test, counted; kept in kept_folder."""
    count = []
    making = runtimes._Pyodide._make_snapshot

    def counted(self, interpreter, kept):
        count.append(kept.path)
        return making(self, interpreter, kept)

    monkeypatch.setattr(runtimes._Pyodide, "_make_snapshot", counted)
    monkeypatch.setattr(runtimes, "_snapshot_folder", lambda: kept_folder)
    monkeypatch.setattr(runtimes, "_SNAPSHOT_CHECKED", {})
    return count


def _start(interp):
    """Where a new warm child's runtimes start from, what it said on
    stderr, and whether a snippet runs in it."""
    child = runner.WarmChild(interp)
    try:
        source = child.request({"op": "snapshot"}, 300)["snapshot"]
        reply = child.request(
            {"op": "preload", "packages": [], "startup": []},
            300,
        )
        return source, child._log_tail(), "modules" in reply
    finally:
        child.close()


def _kept(kept_folder):
    return sorted(kept_folder.glob("pyodide-*.snapshot"))


def test_a_second_start_restores_the_kept_snapshot(made, kept_folder, pyodides):
    interp = pyodides[0]
    assert _start(interp) == ("kept", "", True)
    [path] = _kept(kept_folder)
    assert made == [path]
    before = path.stat()
    assert _start(interp) == ("kept", "", True)
    assert made == [path]
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    # The warm child sees the snapshot read-only, and no more of the cache.
    command = runner.sealed(interp, [])
    assert ["--ro-bind", str(path), str(path)] == command[command.index(str(path)) - 1 :][:3]
    assert not any(arg == "--bind" for arg in command)


def _damage(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_damaged_or_stale_snapshot_is_made_again(made, kept_folder, pyodides, capsys):
    interp = pyodides[0]
    runtimes.PYODIDE.snapshot(interp)
    [path] = _kept(kept_folder)
    made.clear()
    _damage(path, path.stat().st_size - 1000)
    assert _start(interp) == ("kept", "", True)
    assert made == [path]
    assert (
        "is not used (its bytes do not match its sha256); making it again"
        in capsys.readouterr().err
    )
    # Made for other files: the key is in the header the host reads first.
    made.clear()
    data = path.read_bytes()
    path.write_bytes(data.replace(b'"key": "', b'"key": "x', 1).replace(b'"key":"', b'"key":"x', 1))
    runtimes._SNAPSHOT_CHECKED.clear()
    assert _start(interp) == ("kept", "", True)
    assert made == [path]
    assert "is not used (made for other files, stale); making it again" in capsys.readouterr().err


def test_the_child_does_not_trust_a_snapshot_the_host_passed(made, kept_folder, pyodides):
    """A snapshot damaged after the host checked it: the child checks it
    again, says so and loads Pyodide whole; a snippet still runs."""
    interp = pyodides[0]
    kept = runtimes.PYODIDE.snapshot(interp)
    assert kept is not None
    _damage(kept.path, kept.path.stat().st_size - 1000)
    status = kept.path.stat()
    runtimes._SNAPSHOT_CHECKED[str(kept.path)] = (status.st_size, status.st_mtime_ns, status.st_ino)
    source, log, runs = _start(interp)
    assert (source, runs) == ("made", True)
    assert "is not used: its bytes do not match its sha256; loading Pyodide whole" in log
