"""Runtimes as objects: labels, how a sealed process starts, what it sees."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from snipcheck import interpreters, runner, runtimes
from snipcheck.environment import child_environment


def _native(executable: str, prefixes: tuple[str, ...] = ()) -> interpreters.Interpreter:
    return interpreters.Interpreter(
        "3.12", "3.12.1", "3.12.1", "cpython", "linux-x86_64", executable, prefixes
    )


def test_labels_name_the_runtime_only_when_it_is_a_platform_variant():
    assert runtimes.NATIVE.label("3.14.10") == "3.14"
    assert runtimes.PYODIDE.label("3.14.2") == "3.14-pyodide"
    assert runtimes.of_label("3.14-pyodide") is runtimes.PYODIDE
    assert runtimes.of_label("3.10") is runtimes.NATIVE
    assert runtimes.version_of("3.15-pyodide") == "3.15"
    assert runtimes.version_of("3.9") == "3.9"
    assert sorted(["3.14-pyodide", "3.10", "3.15", "3.9"], key=runtimes.version_key) == [
        "3.9",
        "3.10",
        "3.15",
        "3.14-pyodide",
    ]
    assert not runtimes.NATIVE.platform_variant and runtimes.PYODIDE.platform_variant
    assert runtimes.NATIVE.forks and not runtimes.PYODIDE.forks


def test_a_native_interpreter_reached_through_links_is_shown_under_both_paths(tmp_path):
    real = tmp_path / "store" / "usr"
    (real / "bin").mkdir(parents=True)
    (real / "bin" / "python3.15").write_text("#!/bin/sh\n")
    (tmp_path / "link").symlink_to(tmp_path / "store")
    venv = tmp_path / "venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "python").symlink_to(tmp_path / "link" / "usr" / "bin" / "python3.15")
    interp = _native(str(venv / "python"), (str(tmp_path / "venv"), str(tmp_path / "link/usr")))
    argv = runner.sealed(interp, [])
    shown = {argv[n + 1] for n, arg in enumerate(argv) if arg == "--ro-bind"}
    assert str(tmp_path / "venv") in shown
    assert str(tmp_path / "link" / "usr") in shown  # where sys.prefix says it is
    assert str(real) in shown  # where its files are


def test_each_runtime_says_how_its_sealed_process_starts():
    native = _native("/opt/python/bin/python3")
    assert runtimes.NATIVE.command(native, ["-c", "pass"]) == [
        "/opt/python/bin/python3",
        "-c",
        "pass",
    ]
    pyodide = interpreters.Interpreter(
        "3.14-pyodide",
        "3.14.2",
        "3.14.2",
        "cpython",
        "Pyodide 314.0.7, wasm32",
        "/x/node_modules/pyodide-314",
        runtime=runtimes.PYODIDE,
    )
    command = runtimes.PYODIDE.command(pyodide, [])
    assert command[0] == "node" and command[-1] == "/x/node_modules/pyodide-314"
    assert runtimes.PYODIDE.readable(pyodide) == ["/x/node_modules"]
    assert runtimes.PYODIDE.child_argv() == []


def test_a_build_that_names_itself_is_named_in_provenance(tmp_path):
    exe = tmp_path / "python3.15"
    exe.write_text("")
    (tmp_path / "python3.15.build").write_text("Debian 3.15.2-1\n")
    link = tmp_path / "python"
    link.symlink_to(exe)
    assert interpreters.build_of(str(link)) == "Debian 3.15.2-1"
    assert interpreters.build_of(str(tmp_path / "missing")) == ""
    named = _native(str(exe))
    named = interpreters.Interpreter(**{**named.__dict__, "build": "Debian 3.15.2-1"})
    assert named.description == "CPython 3.12.1 (Debian 3.15.2-1, linux-x86_64)"
    assert _native(str(exe)).description == "CPython 3.12.1 (linux-x86_64)"


def test_a_snippet_can_start_its_own_interpreter_again_on_every_native(everything):
    """sys.executable works in a sealed run, launcher-started builds included."""
    code = (
        "import subprocess, sys; subprocess.run([sys.executable, '-c', 'print(6 * 7)'], check=True)"
    )
    natives = [i for i in everything if i.runtime.forks]
    assert natives, "no native interpreter was found"
    for interp in natives:
        done = subprocess.run(
            runner.sealed(interp, ["-c", code]),
            capture_output=True,
            text=True,
            env=child_environment(),
            timeout=60,
        )
        assert (done.returncode, done.stdout) == (0, "42\n"), (interp.description, done.stderr)


def test_every_native_standard_library_is_compiled_to_bytecode(everything):
    """As an installed CPython is: a build unpacked without its bytecode
    compiles every module a run imports from source, on every run."""
    code = (
        "import importlib.util, json, os, sys\n"
        "sys.exit(not os.path.exists(importlib.util.cache_from_source(json.__file__)))"
    )
    natives = [i for i in everything if i.runtime.forks]
    assert natives, "no native interpreter was found"
    for interp in natives:
        done = subprocess.run([interp.executable, "-I", "-c", code], env=child_environment())
        assert done.returncode == 0, f"{interp.description} has no bytecode for json"


def _fake_python(folder, version: str):
    """An executable that answers discovery's probe as CPython ``version``."""
    folder.mkdir(parents=True)
    exe = folder / "python3"
    info = (
        f'{{"version": "{version}", "release": "{version}", "implementation": "cpython", '
        f'"platform": "linux-x86_64", "prefixes": ["{folder}"], "base": "{exe}"}}'
    )
    exe.write_text(f"#!/bin/sh\necho '{info}'\n")
    exe.chmod(0o755)
    return str(exe)


def test_the_newest_patch_release_stands_for_its_minor_version_in_any_order(tmp_path, monkeypatch):
    old = _fake_python(tmp_path / "debian", "3.11.2")
    new = _fake_python(tmp_path / "pyenv", "3.11.7")
    for order in ([old, new], [new, old]):
        monkeypatch.setenv("SNIPCHECK_INTERPRETERS", os.pathsep.join(order))
        found = interpreters.discover((), tmp_path, (3, 8)).found
        assert [(i.label, i.version, i.executable) for i in found] == [("3.11", "3.11.7", new)]


def test_an_interpreter_is_probed_once_until_its_files_change(tmp_path, monkeypatch):
    """Discovery remembers what each executable said (on disk, for every
    later run) and asks again only when the executable changes."""
    monkeypatch.setenv("SNIPCHECK_CACHE", str(tmp_path / "cache"))
    exe = _fake_python(tmp_path / "venv" / "bin", "3.12.4")
    starts = tmp_path / "starts"
    script = Path(exe).read_text().replace("#!/bin/sh\n", f"#!/bin/sh\necho x >> {starts}\n")
    Path(exe).write_text(script)

    def started() -> int:
        return len(starts.read_text().splitlines()) if starts.exists() else 0

    first = interpreters.probe(exe)
    assert isinstance(first, interpreters.Interpreter) and started() == 1
    # Another process (a new cache object) reads what the first one wrote.
    monkeypatch.setattr(interpreters, "_CACHE", interpreters._ProbeCache())
    assert interpreters.probe(exe) == first and started() == 1
    # A venv made again changes its pyvenv.cfg; a new build changes the file.
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /elsewhere\n")
    assert interpreters.probe(exe) == first and started() == 2
    # (Installed as installers do: a new file renamed over the old one.)
    (tmp_path / "new").write_text(script.replace("3.12.4", "3.12.5"))
    (tmp_path / "new").chmod(0o755)
    os.replace(tmp_path / "new", exe)
    again = interpreters.probe(exe)
    assert isinstance(again, interpreters.Interpreter) and again.version == "3.12.5"
    assert started() == 3
    # A probe that fails is not remembered: it is asked again next time.
    Path(exe).write_text("#!/bin/sh\nexit 3\n")
    assert interpreters.probe(exe) == "exited with status 3: "
    assert interpreters.probe(exe) == "exited with status 3: "
