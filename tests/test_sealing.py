"""A run is sealed: it can observe and change only itself.

Each test writes a snippet that tries to break out, runs it through the
engine on the oldest and newest native interpreter (and Pyodide where the
attempt means something there), and checks that it could not, that the
attempt failed only that snippet, and that the host is as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from snipcheck import interpreters, runner, runtimes, sandbox, snippets


def _snippet(folder: Path, name: str, code: str) -> snippets.Snippet:
    path = folder / "sealed" / f"{name}.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(code, encoding="utf-8")
    return snippets.load(path, folder)


@pytest.fixture
def host_tmp(tmp_path, monkeypatch):
    """The engine's own temporary folder for this test, so that what it
    leaves there can be seen without looking at anyone else's."""
    folder = tmp_path / "host-tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr("tempfile.tempdir", None)
    return folder


def _run(chosen, interpreters, project):
    results = runner.run_all(chosen, interpreters, project)
    return {(r.snippet.key, r.interpreter.label): r for r in results}


def test_the_host_environment_and_processes_are_out_of_sight(
    tmp_path, found, project, host_tmp, monkeypatch
):
    secret = f"secret-{uuid.uuid4()}"
    monkeypatch.setenv("SNIPCHECK_TEST_SECRET", secret)
    code = """\
# mode: script
import os
seen = []
for pid in sorted(p for p in os.listdir("/proc") if p.isdigit()):
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            seen.append(f.read())
    except OSError as exc:
        seen.append(type(exc).__name__.encode())
print(len(seen), "processes")
print(b"SNIPCHECK_TEST_SECRET" in b"".join(seen) or "SNIPCHECK_TEST_SECRET" in os.environ)
"""
    chosen = [found[0], found[-1]]
    runs = _run([_snippet(tmp_path, "environ", code)], chosen, project)
    for interp in chosen:
        result = runs[("sealed/environ", interp.label)]
        assert result.status == "exited" and result.code == 0, result
        assert secret not in result.output
        count, leaked = result.output.splitlines()
        # The sandbox's own init, the warm child and the run itself.
        assert int(count.split()[0]) <= 3, result.output
        assert leaked == "False"


def test_host_files_and_home_cannot_be_read(tmp_path, found, project, host_tmp):
    marker = tmp_path / f"readable-{uuid.uuid4()}.txt"
    marker.write_text("host data")
    code = f"""\
# mode: script
import os
for path in [{str(marker)!r}, {str(project.root / "pyproject.toml")!r}, "/root", "/etc/passwd",
             os.path.expanduser("~") + "/.bashrc"]:
    try:
        with open(path) as f:
            print("READ", path, f.read(20))
    except OSError as exc:
        print("refused", type(exc).__name__)
"""
    chosen = [found[0], found[-1]]
    runs = _run([_snippet(tmp_path, "files", code)], chosen, project)
    for interp in chosen:
        result = runs[("sealed/files", interp.label)]
        assert result.status == "exited", result
        assert "READ" not in result.output and "host data" not in result.output
        assert result.output.count("refused") == 5


def test_nothing_is_written_outside_the_run(tmp_path, found, project, host_tmp):
    name = f"written-{uuid.uuid4()}"
    home = Path.home()
    code = f"""\
# mode: script
import os
targets = [{str(project.root)!r}, {str(project.snippets)!r}, {str(home)!r}, "/tmp",
           {str(host_tmp)!r}, {str(tmp_path)!r}]
targets += [f"/proc/{{p}}/cwd" for p in os.listdir("/proc") if p.isdigit()]
for folder in targets:
    try:
        with open(os.path.join(folder, {name!r}), "w") as f:
            f.write("x")
        print("wrote into", folder)
    except OSError as exc:
        print("refused", type(exc).__name__)
"""
    chosen = [found[0], found[-1]]
    runs = _run([_snippet(tmp_path, "writes", code)], chosen, project)
    for interp in chosen:
        result = runs[("sealed/writes", interp.label)]
        assert (result.status, result.code) == ("exited", 0), result
        # It tried every target (six folders and at least its own process's).
        tries = result.output.splitlines()
        assert len(tries) >= 7, result.output
        assert all(line.startswith(("wrote into ", "refused ")) for line in tries), result.output
    for folder in (project.root, project.snippets, home, Path("/tmp"), host_tmp, tmp_path):
        assert not (folder / name).exists(), folder
    # Whatever it wrote into its own /tmp is gone before the next run.
    check = _snippet(
        tmp_path, "after_writes", "# mode: script\nimport os\nprint(os.listdir('/tmp'))\n"
    )
    runs = _run([_snippet(tmp_path, "writes", code), check], chosen, project)
    for interp in chosen:
        # Its own /tmp took the file (else this checks nothing); the next run sees none.
        assert "wrote into /tmp\n" in runs[("sealed/writes", interp.label)].output
        after = runs[("sealed/after_writes", interp.label)]
        assert (after.status, after.code) == ("exited", 0), after
        assert after.output.startswith("[") and name not in after.output, after.output
    # And the engine left nothing in its own temporary folder.
    assert list(host_tmp.iterdir()) == []


def test_no_network(tmp_path, found, project, host_tmp):
    code = """\
# mode: script
import socket
try:
    socket.create_connection(("127.0.0.1", 9), timeout=2)
    print("connected")
except OSError as exc:
    print("refused", type(exc).__name__)
print([name for _, name in socket.if_nameindex()])
"""
    chosen = [found[-1]]
    runs = _run([_snippet(tmp_path, "network", code)], chosen, project)
    result = runs[("sealed/network", found[-1].label)]
    assert result.output.startswith("refused"), result.output
    assert result.output.splitlines()[1] == "['lo']"


def test_a_snippet_cannot_forge_the_reply_or_stop_the_others(tmp_path, found, project, host_tmp):
    """It writes fake replies on every descriptor it can find, the warm
    child's included, tries to lift its memory limit, then tries to kill
    its warm child (the sandbox's init, which a signal from inside cannot
    end) and every other process; the snippet after it is still checked."""
    fake = '{"status": "exited", "code": 0, "output": "forged\\n"}\n'
    code = f"""\
# mode: script
import os, resource, signal
for fd in range(3, 64):
    try:
        os.write(fd, {fake!r}.encode())
        print("wrote to", fd)
    except OSError:
        pass
for pid in [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()]:
    try:
        for fd in os.listdir(f"/proc/{{pid}}/fd"):
            with open(f"/proc/{{pid}}/fd/{{fd}}", "w") as f:
                f.write({fake!r})
            print("wrote to", pid, fd)
    except OSError:
        pass
soft, hard = resource.getrlimit(resource.RLIMIT_AS)
try:
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    print("limit lifted")
except (ValueError, OSError):
    print("limit stays", hard)
for pid in [os.getppid(), 1, -1]:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError as exc:
        print("kill refused", type(exc).__name__)
print("still here")
"""
    after = _snippet(tmp_path, "after_forgery", "# mode: script\nprint('checked')\n")
    chosen = [found[0], found[-1]]
    runs = _run([_snippet(tmp_path, "forge", code), after], chosen, project)
    for interp in chosen:
        result = runs[("sealed/forge", interp.label)]
        assert "forged" not in result.output
        assert "limit lifted" not in result.output
        # No descriptor but its own three, and none of another process's.
        assert "wrote to" not in result.output, result.output
        assert result.status == "exited", result
        assert f"limit stays {project.max_memory}\n" in result.output
        assert result.output.endswith("still here\n")
        nxt = runs[("sealed/after_forgery", interp.label)]
        assert (nxt.status, nxt.output) == ("exited", "checked\n")


def test_a_changed_recording_cannot_pass(tmp_path, found, project, host_tmp):
    """A snippet that rewrites its own recording (through any path it can
    name) still has its output compared with the real one."""
    folder = tmp_path / "sealed"
    folder.mkdir()
    rec = folder / "rewrite.rec"
    code = f"""\
# mode: script
try:
    with open({str(rec)!r}, "w") as f:
        f.write("anything")
    print("rewrote")
except OSError:
    print("could not")
"""
    snippet = _snippet(tmp_path, "rewrite", code)
    runs = _run([snippet], [found[-1]], project)
    assert runs[("sealed/rewrite", found[-1].label)].output == "could not\n"
    assert not rec.exists()


@pytest.mark.parametrize("how", ["double_fork", "new_session", "own_group"])
def test_what_a_snippet_starts_ends_with_its_run(how, tmp_path, found, project, host_tmp):
    marker = f"sealed-{uuid.uuid4()}"
    # The marker is the shell's $0, so it shows in the command line.
    sleep = f"SLEEP = ['sh', '-c', 'sleep 300', {marker!r}]\n"
    start = {
        "double_fork": "if os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
        "        os.execvp('sh', SLEEP)\n    os._exit(0)\n",
        "new_session": "subprocess.Popen(SLEEP, start_new_session=True)\n",
        "own_group": "subprocess.Popen(SLEEP, preexec_fn=os.setpgrp)\n",
    }[how]
    code = "# mode: script\nimport os, subprocess, time\n" + sleep + start
    code += "time.sleep(0.2)\nprint('started')\n"
    chosen = [found[0], found[-1]]
    runs = _run([_snippet(tmp_path, how, code)], chosen, project)
    try:
        for interp in chosen:
            result = runs[(f"sealed/{how}", interp.label)]
            assert result.output == "started\n" and result.leftover, result
        assert _processes_with(marker) == []
    finally:
        for pid in _processes_with(marker):
            os.kill(pid, 9)


def _processes_with(marker: str) -> list[int]:
    found = []
    for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
        try:
            if marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(int(pid))
        except OSError:
            pass
    return found


def test_without_a_sandbox_nothing_runs(tmp_path, found, project, monkeypatch):
    """Fails closed: no bubblewrap, no run (never an unsealed one)."""
    monkeypatch.setenv("PATH", str(tmp_path))
    sandbox.check.cache_clear()
    try:
        with pytest.raises(sandbox.SandboxError, match="bubblewrap") as caught:
            runner.run_all([_snippet(tmp_path, "any", "print(1)\n")], [found[-1]], project)
        assert "apt-get install bubblewrap" in str(caught.value)
    finally:
        sandbox.check.cache_clear()


def test_a_sandbox_that_cannot_start_is_an_error_that_says_why(tmp_path, monkeypatch):
    fake = tmp_path / "bwrap"
    fake.write_text("#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    sandbox.check.cache_clear()
    try:
        with pytest.raises(sandbox.SandboxError, match="No permissions to create new namespace"):
            sandbox.check()
    finally:
        sandbox.check.cache_clear()


def test_pyodide_runs_are_sealed_too(tmp_path, everything, project, host_tmp, monkeypatch):
    pyodides = [i for i in everything if i.runtime is runtimes.PYODIDE]
    if not pyodides:
        pytest.fail("no Pyodide runtime found: run `make npm` (needs node and npm)")
    secret = f"secret-{uuid.uuid4()}"
    monkeypatch.setenv("SNIPCHECK_TEST_SECRET", secret)
    code = f"""\
# mode: script
import js
env = js.process.env
print("SNIPCHECK_TEST_SECRET" in env.object_keys())
fs = js.process.getBuiltinModule("fs") if hasattr(js.process, "getBuiltinModule") else None
for path in [{str(project.root / "pyproject.toml")!r}, "/root"]:
    try:
        fs.readFileSync(path) if fs else open(path)
        print("READ", path)
    except Exception as exc:
        print("refused")
"""
    runs = _run([_snippet(tmp_path, "pyodide_host", code)], pyodides, project)
    for interp in pyodides:
        result = runs[("sealed/pyodide_host", interp.label)]
        assert (result.status, result.code) == ("exited", 0), result
        assert secret not in result.output
        # The variable is not seen, and both reads were tried and refused.
        assert result.output == "False\nrefused\nrefused\n", result.output


def test_an_interpreter_installed_under_tmp_is_shown_and_kept(tmp_path, found, project):
    """The sandbox's /tmp is private, yet an interpreter (or a checkout of
    the project) that lives under the host's /tmp is shown there read-only,
    and emptying /tmp between runs leaves it alone."""
    venv = Path(tempfile.mkdtemp(prefix="sealed-venv-", dir="/tmp"))
    try:
        subprocess.run([found[-1].executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        interp = interpreters.probe(str(venv / "bin" / "python"))
        assert isinstance(interp, interpreters.Interpreter), interp
        writes = "# mode: script\nopen('/tmp/left-behind', 'w').close()\nprint('wrote')\n"
        reads = "# mode: script\nimport os, sys\nprint(os.listdir('/tmp'), sys.prefix)\n"
        chosen = [_snippet(tmp_path, "writes", writes), _snippet(tmp_path, "reads", reads)]
        runs = _run(chosen * 2, [interp], project)
        listing = runs[("sealed/reads", interp.label)].output
        assert "left-behind" not in listing and str(venv) in listing, listing
        assert runs[("sealed/writes", interp.label)].output == "wrote\n"
        assert (venv / "bin" / "python").exists()
    finally:
        shutil.rmtree(venv)
