"""Run snippets in warm children of each target interpreter.

A warm child is one long-lived process per interpreter (``_child.py``) that
forks a fresh grandchild for every snippet, so a crash, hang or leak in one
snippet never reaches the next one and no interpreter start-up is paid twice.
This module only runs code and reports what happened; it writes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .config import Config
from .environment import child_environment
from .interpreters import Interpreter
from .snippets import Snippet

CHILD = Path(__file__).with_name("_child.py")
PYODIDE_CHILD = Path(__file__).with_name("pyodide_child.mjs")
# The prompts the warm child sets (see _child.py); transcript.py reads them.
PS1 = "\x02>>> "
PS2 = "\x02... "
# How long past a snippet's own time limit the host waits for the warm
# child's answer before it declares the child itself broken.  A Pyodide
# child may first have to start a new runtime, which takes seconds.
_GRACE = 15.0
_PYODIDE_GRACE = 120.0


class EngineError(RuntimeError):
    """The engine failed, as opposed to the snippet: never recorded."""


@dataclass(frozen=True)
class RunResult:
    """What one run of one snippet on one interpreter produced, unmasked."""

    snippet: Snippet
    interpreter: Interpreter
    status: str  # exited | signal | timeout | output-limit | engine-error | skipped
    output: str = ""
    code: int | None = None
    signal: int | None = None
    leftover: bool = False
    workdir: str = ""
    seconds: float = 0.0
    detail: str = ""
    # True when the snippet ran in a fork; False for a fast run, which ran
    # inside the warm child and was judged by it to print what a fork would.
    forked: bool = True


class WarmChild:
    """One long-lived child of a target interpreter, restarted when it breaks."""

    def __init__(self, interpreter: Interpreter):
        self.interpreter = interpreter
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._home = tempfile.mkdtemp(prefix="snipcheck-warm-")
        self._pending = b""
        self._setup: list[dict[str, Any]] = []

    def setup(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send a request that is sent again whenever the child is restarted."""
        self._setup.append(message)
        return self.request(message, timeout)

    def _start(self) -> subprocess.Popen[bytes]:
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the child)
        self._pending = b""
        if self.interpreter.runtime == "pyodide":
            command = ["node", str(PYODIDE_CHILD), self.interpreter.executable]
        else:
            command = [self.interpreter.executable, str(CHILD)]
        self._proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=child_environment(),
            cwd=self._home,
            start_new_session=True,  # so close() can end all it started
        )
        return self._proc

    def request(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        if self._proc and self._proc.poll() is None:
            return self._exchange(self._proc, message, timeout)
        proc = self._start()
        for earlier in self._setup:
            if earlier is not message:
                self._exchange(proc, earlier, 120)
        return self._exchange(proc, message, timeout)

    def _exchange(
        self, proc: subprocess.Popen[bytes], message: dict[str, Any], timeout: float
    ) -> dict[str, Any]:
        assert proc.stdin and proc.stdout
        try:
            proc.stdin.write(json.dumps(message).encode() + b"\n")
            proc.stdin.flush()
            line = self._read_line(proc, time.monotonic() + timeout)
        except (OSError, EngineError) as exc:
            detail = self._log_tail()
            self.close()
            raise EngineError(f"{exc}{detail}") from None
        reply: dict[str, Any] = json.loads(line)
        return reply

    def _read_line(self, proc: subprocess.Popen[bytes], deadline: float) -> bytes:
        assert proc.stdout
        fd = proc.stdout.fileno()
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            if left <= 0:
                raise EngineError("the warm child did not answer in time")
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise EngineError(f"the warm child exited (status {proc.wait()})")
                self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return line

    def _log_tail(self) -> str:
        if not self._log:
            return ""
        self._log.seek(0)
        text = self._log.read().decode("utf-8", "replace").strip()
        return f"; its stderr ends with:\n{text[-2000:]}" if text else ""

    def close(self) -> None:
        if self._proc:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self._proc.pid, signal.SIGKILL)
            self._proc.wait()
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream:
                    stream.close()
            self._proc = None
        if self._log:
            self._log.close()
            self._log = None

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            os.rmdir(self._home)


_LIST_MODULES = "import sys; print(' '.join(sorted(sys.modules)))\n"


def startup_modules(interpreter: Interpreter, mode: str) -> list[str]:
    """The modules a fresh ``python -i`` (session) or ``python file.py``
    (script) of this interpreter has imported before the first line runs.
    (Nothing for Pyodide, whose runs all happen in one runtime anyway.)"""
    if interpreter.runtime != "native":
        return []
    work = tempfile.mkdtemp(prefix="snipcheck-probe-")
    try:
        if mode == "session":
            argv, stdin = [interpreter.executable, "-i"], _LIST_MODULES.encode()
        else:
            Path(work, "probe.py").write_text(_LIST_MODULES)
            argv, stdin = [interpreter.executable, "probe.py"], b""
        done = subprocess.run(
            argv,
            input=stdin,
            capture_output=True,
            cwd=work,
            env=child_environment(),
            timeout=60,
        )
        return done.stdout.decode().split() if done.returncode == 0 else []
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_on(
    interpreter: Interpreter,
    snippets: list[Snippet],
    config: Config,
    fast: bool = False,
    args: tuple[str, ...] = (),
) -> list[RunResult]:
    """Run on one interpreter, in the order given.

    Each mode gets its own warm child holding the modules a fresh interpreter
    has loaded at startup in that mode, so a fork starts where a new process
    would.  Snippets that declare packages get a warm child of their own with
    those packages imported too; the others never see them in sys.modules.
    """
    children: dict[tuple[str, tuple[str, ...]], tuple[WarmChild, dict[str, bool]]] = {}
    startup: dict[str, list[str]] = {}
    try:
        results = []
        for snippet in snippets:
            needs = tuple(sorted(snippet.requires))
            key = (snippet.mode, needs)
            if key not in children:
                if snippet.mode not in startup:
                    startup[snippet.mode] = startup_modules(interpreter, snippet.mode)
                child = WarmChild(interpreter)
                available: dict[str, bool] = {}
                try:
                    message = {"op": "preload", "modules": startup[snippet.mode] + list(needs)}
                    available = child.setup(message, 120)["modules"]
                except EngineError:
                    pass  # each snippet then reports its package as missing
                children[key] = (child, available)
            child, available = children[key]
            results.append(_run_one(child, snippet, interpreter, config, available, fast, args))
        return results
    finally:
        for child, _ in children.values():
            child.close()


def _run_one(
    child: WarmChild,
    snippet: Snippet,
    interpreter: Interpreter,
    config: Config,
    available: dict[str, bool],
    fast: bool = False,
    args: tuple[str, ...] = (),
) -> RunResult:
    if interpreter.runtime in snippet.not_on:
        reason = snippet.not_on[interpreter.runtime]
        return RunResult(
            snippet, interpreter, "skipped", detail=f"not run on {interpreter.runtime}: {reason}"
        )
    missing = [m for m in snippet.requires if not available.get(m)]
    if missing:
        return RunResult(
            snippet,
            interpreter,
            "skipped",
            detail=f"needs {', '.join(missing)}, which {interpreter.description} cannot import",
        )
    timeout = snippet.timeout or config.timeout
    message = {
        "op": "run-fast" if fast else "run",
        "mode": snippet.mode,
        "name": snippet.filename,
        "source": snippet.source,
        "input": snippet.stdin_text(),
        "args": list(args),
        "timeout": timeout,
        "max_output": config.max_output,
        # The largest file the run may write: its output file, which is
        # checked against max_output, or for a measurement its test data.
        "max_file": config.max_memory if snippet.mode == "measure" else config.max_output,
        "max_memory": config.max_memory,
    }
    grace = _GRACE
    if interpreter.runtime == "pyodide":
        # No fork there, and Pyodide never tears down: the run inside the
        # runtime is what a fresh one prints, so it is final either way.
        fast, grace = False, _PYODIDE_GRACE
    if fast:
        try:
            # A fast run that overstays is simply run again in a fork.
            reply = child.request(message, timeout + 1.0)
            if reply.get("trusted"):
                return _result(snippet, interpreter, reply, forked=False)
            if not reply.get("clean"):
                # What the snippet left in the child (exit handlers, changed
                # settings) must not reach its fork or the next snippet.
                child.close()
        except EngineError:
            pass  # it crashed or hung the warm child: the fork below says which
        message["op"] = "run"
    try:
        reply = child.request(message, timeout + grace)
    except EngineError as exc:
        return RunResult(snippet, interpreter, "engine-error", detail=str(exc))
    if not reply.get("clean", True):
        child.close()  # a child that cannot fork keeps what the run left
    return _result(snippet, interpreter, reply, forked=True)


def _result(
    snippet: Snippet, interpreter: Interpreter, reply: dict[str, Any], forked: bool
) -> RunResult:
    return RunResult(
        snippet,
        interpreter,
        reply["status"],
        output=reply.get("output", ""),
        code=reply.get("code"),
        signal=reply.get("signal"),
        leftover=bool(reply.get("leftover")),
        workdir=reply.get("workdir", ""),
        seconds=float(reply.get("seconds", 0.0)),
        detail=reply.get("error", ""),
        forked=forked,
    )


def run_fresh(snippet: Snippet, interpreter: Interpreter, config: Config) -> RunResult:
    """Run a snippet the ordinary way, in one new process, as a reader would:
    ``python name.py`` for a script, ``python -i`` with the lines piped in for
    a session.  Used to check the warm children against, and to time them."""
    work = Path(tempfile.mkdtemp(prefix="snipcheck-fresh-"))
    try:
        (work / snippet.filename).write_text(snippet.source, encoding="utf-8")
        if snippet.mode == "script":
            argv = [interpreter.executable, snippet.filename]
        else:
            prompts = f"import sys; sys.ps1 = {PS1!r}; sys.ps2 = {PS2!r}"
            argv = [interpreter.executable, "-i", "-c", prompts]
        stdin = snippet.stdin_text().encode()
        started = time.monotonic()
        try:
            done = subprocess.run(
                argv,
                input=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                cwd=work,
                env=child_environment(),
                timeout=snippet.timeout or config.timeout,
            )
        except subprocess.TimeoutExpired:
            return RunResult(snippet, interpreter, "timeout", workdir=str(work))
        output = done.stdout.decode("utf-8", "backslashreplace")
        if done.returncode < 0:
            return RunResult(snippet, interpreter, "signal", output, signal=-done.returncode)
        return RunResult(
            snippet,
            interpreter,
            "exited",
            output,
            code=done.returncode,
            workdir=str(work),
            seconds=time.monotonic() - started,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_batches(
    batches: dict[Interpreter, list[Snippet]], config: Config, fast: bool = False
) -> list[RunResult]:
    """Run each interpreter's snippets; interpreters run side by side.

    ``fast`` first runs each snippet inside its warm child instead of a fork
    of it, which is much cheaper; when the child cannot vouch that the result
    is what a fork would print, the snippet runs again in a fork at once.
    """
    work = [(i, s) for i, s in batches.items() if s]
    if not work:
        return []
    with ThreadPoolExecutor(max_workers=len(work)) as pool:
        done = pool.map(lambda pair: _run_on(pair[0], pair[1], config, fast), work)
        return [result for batch in done for result in batch]


def run_all(
    snippets: Iterable[Snippet],
    interpreters: Iterable[Interpreter],
    config: Config,
    fast: bool = False,
) -> list[RunResult]:
    """Run every snippet on every interpreter (see run_batches for ``fast``)."""
    snippets = list(snippets)
    return run_batches({i: snippets for i in interpreters}, config, fast)


def run_in_turn(
    snippets: Iterable[Snippet],
    interpreters: Iterable[Interpreter],
    config: Config,
    args: tuple[str, ...] = (),
) -> list[RunResult]:
    """Run every snippet on every interpreter, one run at a time, each in a
    fork (or, on Pyodide, a worker) and with ``args`` after the script name.

    For snippets that time themselves: nothing else the engine starts
    competes with them for the processor.
    """
    snippets = list(snippets)
    results: list[RunResult] = []
    for interpreter in interpreters:
        results.extend(_run_on(interpreter, snippets, config, fast=False, args=args))
    return results
