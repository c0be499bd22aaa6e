"""Run snippets in warm children of each target interpreter.

A warm child is one long-lived process per interpreter (``_child.py``) that
forks a fresh grandchild for every snippet, so a crash, hang or leak in one
snippet never reaches the next one and no interpreter start-up is paid twice.
Every warm child starts sealed in a sandbox of its own (sandbox.py), and no
snippet ever runs in the process that reports on it.  This module only runs
code and reports what happened; it writes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

from . import inprocess, sandbox
from .config import Config
from .environment import child_environment
from .interpreters import Interpreter
from .snippets import Snippet

T = TypeVar("T")
R = TypeVar("R")

# The engine's files as the sandbox shows them (read-only).
PROBE = f"{sandbox.ENGINE}/_probe.py"
PROMPTS = f"{sandbox.ENGINE}/_prompts.py"
INIT = f"{sandbox.ENGINE}/_init.py"
# The prompts the warm child sets (see _child.py); transcript.py reads them.
PS1 = "\x02>>> "
PS2 = "\x02... "


class EngineError(RuntimeError):
    """The engine failed, as opposed to the snippet: never recorded."""


# How a run ended: by itself, by a signal, at its time or output limit,
# by a failure of the engine, or not at all (the snippet cannot run there).
RunStatus = Literal["exited", "signal", "timeout", "output-limit", "engine-error", "skipped"]


@dataclass(frozen=True)
class RunResult:
    """What one run of one snippet on one interpreter produced, unmasked."""

    snippet: Snippet
    interpreter: Interpreter
    status: RunStatus
    output: str = ""
    code: int | None = None
    signal: int | None = None
    leftover: bool = False
    workdir: str = ""
    seconds: float = 0.0
    detail: str = ""
    # Processor seconds the snippet's own code took in its fork (None where
    # the runtime does not say): the rest of a run's cost is the engine's.
    cpu: float | None = None


def sealed(
    interpreter: Interpreter,
    argv: list[str],
    bind: tuple[tuple[str, str], ...] = (),
    cwd: str = sandbox.HOME,
) -> list[str]:
    """The command that runs ``argv`` with this interpreter in a sandbox,
    with ``bind`` (host folder, path inside) writable."""
    runtime = interpreter.runtime
    return sandbox.command(
        runtime.command(interpreter, argv), runtime.readable(interpreter), bind, cwd
    )


class WarmChild:
    """One long-lived child of a target interpreter, restarted when it breaks."""

    def __init__(self, interpreter: Interpreter):
        self.interpreter = interpreter
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._pending = b""
        self._token = b""
        self._setup: list[dict[str, Any]] = []

    def setup(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send a request that is sent again whenever the child is restarted."""
        self._setup.append(message)
        return self.request(message, timeout)

    def _start(self) -> subprocess.Popen[bytes]:
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the child)
        self._pending = b""
        self._proc = subprocess.Popen(
            sealed(self.interpreter, self.interpreter.runtime.child_argv()),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=child_environment(),
            start_new_session=True,  # so close() can end all it started
        )
        # The child starts every reply with this token, which no snippet
        # can learn; a line without it did not come from the child.
        self._token = secrets.token_hex(16).encode()
        assert self._proc.stdin
        self._proc.stdin.write(self._token + b"\n")
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
        token, _, body = line.partition(b" ")
        try:
            if token != self._token:
                raise ValueError("no token")
            reply: dict[str, Any] = json.loads(body)
        except ValueError:
            self.close()
            shown = line[:300].decode("utf-8", "backslashreplace")
            raise EngineError(
                f"something that is not the warm child's reply reached its channel: {shown!r}"
            ) from None
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


@dataclass(frozen=True)
class Startup:
    """What a brand-new interpreter holds before the first line of a
    snippet runs: its modules in import order, and the folders its path
    importer cache knows."""

    modules: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()
    # Whether the process ends by SIGINT after printing a KeyboardInterrupt
    # and running more lines (``python -i`` from 3.14 does).
    interrupt_ends: bool = False


_STARTUP_CACHE: dict[tuple[str, str], Startup] = {}


def startup(interpreter: Interpreter, mode: str) -> Startup:
    """Ask a fresh, sealed ``python file.py`` (script, measure) or ``python
    -i`` (session) of this interpreter.  (Nothing for Pyodide, which has no
    fork: its runs happen in the runtime itself.)"""
    if not interpreter.runtime.forks:
        return Startup()
    kind = "session" if mode == "session" else "script"
    key = (interpreter.executable, kind)
    if key not in _STARTUP_CACHE:
        argv = ["-i"] if kind == "session" else [PROBE]
        # A session goes on after a KeyboardInterrupt, to learn how it then
        # ends: with 0 up to 3.13, by SIGINT from 3.14.
        probe = Path(__file__).with_name("_probe.py").read_bytes()
        probe += b"raise KeyboardInterrupt\npass\n"
        stdin = probe if kind == "session" else b""
        try:
            done = subprocess.run(
                sealed(interpreter, argv),
                input=stdin,
                capture_output=True,
                env=child_environment(),
                timeout=60,
            )
        except subprocess.TimeoutExpired:
            raise EngineError(f"{interpreter.description} did not start in 60 s") from None
        lines = done.stdout.decode("utf-8", "replace").splitlines()
        # Ended by its own SIGINT: as the sandbox's init, a process cannot
        # signal itself, and CPython then exits with 128 + SIGINT instead.
        by_sigint = done.returncode in (-signal.SIGINT, 128 + signal.SIGINT)
        if (done.returncode != 0 and not by_sigint) or len(lines) < 2:
            tail = done.stderr.decode("utf-8", "replace").strip()[-2000:]
            raise EngineError(
                f"{interpreter.description} could not report its start-up modules "
                f"(status {done.returncode}): {tail}"
            )
        folders = [f for f in lines[1].split("\0") if f and f != sandbox.ENGINE]
        _STARTUP_CACHE[key] = Startup(tuple(lines[0].split()), tuple(folders), by_sigint)
    return _STARTUP_CACHE[key]


class Pool:
    """The warm children of every interpreter, kept from one batch to the
    next until ``close`` (a ``with`` block closes it): a test session runs
    several batches, and a child costs its start-up once, not once a batch
    (a Pyodide runtime takes seconds to start).

    Each mode gets its own warm child holding the modules a fresh interpreter
    has loaded at startup in that mode, and exactly those before each fork
    (see _child._as_started).  Snippets that declare packages get a warm
    child of their own, which checks that it can find them; each run
    imports them itself, as a fresh interpreter would.  A runtime that
    cannot fork runs every snippet inside itself, whatever its mode: one
    child of it serves them all.  Batches of one interpreter never run at
    the same time; those of different interpreters may (one thread each).

    Those threads are the pool's own and live until it closes: a child's
    sandbox ends when the thread that started it ends (bwrap's
    --die-with-parent is the kernel's parent-death signal, which follows the
    thread, not the process), so a child started in a thread of one batch
    would be killed before the next batch could use it.
    """

    def __init__(self) -> None:
        self._ready: dict[tuple[str, str, tuple[str, ...]], tuple[WarmChild, dict[str, bool]]] = {}
        self._shared: dict[str, WarmChild] = {}
        self._threads: ThreadPoolExecutor | None = None

    def map(self, work: Callable[[T], R], items: list[T]) -> list[R]:
        """``work`` over ``items`` side by side, in the pool's threads."""
        if self._threads is None:
            self._threads = ThreadPoolExecutor(max_workers=32, thread_name_prefix="snipcheck-pool")
        return list(self._threads.map(work, items))

    def child(
        self, interpreter: Interpreter, mode: str, needs: tuple[str, ...]
    ) -> tuple[WarmChild, dict[str, bool]]:
        """The child for this mode and these packages, and which of the
        packages it can import."""
        key = (interpreter.executable, mode, needs)
        if key not in self._ready:
            if interpreter.runtime.forks:
                child = WarmChild(interpreter)
            else:
                if interpreter.executable not in self._shared:
                    self._shared[interpreter.executable] = WarmChild(interpreter)
                child = self._shared[interpreter.executable]
            self._ready[key] = child, _prepare(child, mode, needs)
        return self._ready[key]

    def close(self) -> None:
        children = {id(child): child for child, _ in self._ready.values()}
        for child in children.values():
            child.close()
        self._ready.clear()
        self._shared.clear()
        if self._threads is not None:
            self._threads.shutdown()
            self._threads = None

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _run_on(
    interpreter: Interpreter,
    snippets: list[Snippet],
    config: Config,
    args: tuple[str, ...] = (),
    pool: Pool | None = None,
) -> list[RunResult]:
    """Run on one interpreter, in the order given, in the warm children of
    ``pool`` (of a pool of its own when None)."""
    # An opt-in runtime (history) runs only the snippets that ask for it.
    snippets = [s for s in snippets if interpreter.runtime.runs(s)]
    if not interpreter.runtime.warm:
        # Scripts alone, without packages (runtimes.Runtime.refuses).
        return [_declined(s, interpreter) or run_fresh(s, interpreter, config) for s in snippets]
    if pool is None:
        with Pool() as own:
            return _run_on(interpreter, snippets, config, args, own)
    results = []
    for snippet in snippets:
        child, available = pool.child(interpreter, snippet.mode, tuple(sorted(snippet.requires)))
        results.append(_run_one(child, snippet, interpreter, config, available, args))
    return results


def _prepare(child: WarmChild, mode: str, needs: tuple[str, ...]) -> dict[str, bool]:
    """Make a warm child ready for one mode and set of packages; which of
    those packages it could find (each snippet reports a missing one)."""
    interpreter = child.interpreter
    available: dict[str, bool] = {}
    try:
        fresh = startup(interpreter, mode)
        message = {
            "op": "preload",
            "packages": needs,
            # A runtime that cannot fork has nothing to give each run.
            "startup": fresh.modules
            and {
                "mode": mode,
                "modules": fresh.modules,
                "folders": fresh.folders,
                "interrupt_ends": fresh.interrupt_ends,
            },
        }
        available = child.setup(message, 120)["modules"]
    except EngineError:
        pass  # every run on it then reports the engine error or the package
    return available


def _run_one(
    child: WarmChild,
    snippet: Snippet,
    interpreter: Interpreter,
    config: Config,
    available: dict[str, bool],
    args: tuple[str, ...] = (),
) -> RunResult:
    runtime = interpreter.runtime
    declined = _declined(snippet, interpreter)
    if declined:
        return declined
    missing = [m for m in snippet.requires if not available.get(m)]
    if missing:
        return RunResult(
            snippet,
            interpreter,
            "skipped",
            detail=f"needs {', '.join(missing)}, which {interpreter.description} cannot import",
        )
    message = inprocess.request(snippet, config, args)
    timeout = message["timeout"]
    try:
        reply = child.request(message, timeout + runtime.grace)
    except EngineError as exc:
        return RunResult(
            snippet,
            interpreter,
            "engine-error",
            detail=f"{exc} (a snippet that ends or stops the warm child running it fails "
            "this way; the snippets after it get a new one)",
        )
    return _result(snippet, interpreter, reply)


def _declined(snippet: Snippet, interpreter: Interpreter) -> RunResult | None:
    """The run a snippet's "# not-on:" line declines, with its reason."""
    name = interpreter.runtime.name
    if name not in snippet.not_on:
        return None
    reason = f"not run on {name}: {snippet.not_on[name]}"
    return RunResult(snippet, interpreter, "skipped", detail=reason)


def _result(snippet: Snippet, interpreter: Interpreter, reply: dict[str, Any]) -> RunResult:
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
        cpu=reply.get("cpu"),
    )


def run_fresh(snippet: Snippet, interpreter: Interpreter, config: Config) -> RunResult:
    """Run a snippet the ordinary way, in one new process, as a reader would:
    ``python name.py`` for a script, ``python -i`` with the lines piped in for
    a session, sealed like the engine's own runs.  The history runtime runs
    its scripts this way; the tests check the warm children against it."""
    work = Path(tempfile.mkdtemp(prefix="snipcheck-fresh-"))
    inside = "/tmp/fresh"
    try:
        (work / snippet.filename).write_text(snippet.source, encoding="utf-8")
        env = child_environment()
        if snippet.mode == "session":
            # The prompts come from a start-up file, which (unlike -c) leaves
            # the modules of a plain `python -i` as they are.
            env["PYTHONSTARTUP"] = PROMPTS
            argv = ["-q", "-i"]  # -q: no banner, as with the engine
        else:
            argv = [snippet.filename]
        stdin = snippet.stdin_text().encode()
        # The sandbox's init (_init.py) starts the interpreter and reports
        # how it ended: an init itself would ignore the signals it gets.
        report, report_w = os.pipe()
        # -I (isolated) came in 3.4; before it, -E -s say most of the same.
        isolated = ["-I"] if interpreter.version_info >= (3, 4) else ["-E", "-s"]
        init = [*isolated, "-S", INIT, str(report_w), interpreter.executable, *argv]
        started = time.monotonic()
        try:
            done = subprocess.run(
                sealed(interpreter, init, bind=((str(work), inside),), cwd=inside),
                input=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=env,
                timeout=snippet.timeout or config.timeout,
                pass_fds=(report_w,),
            )
        except subprocess.TimeoutExpired:
            return RunResult(snippet, interpreter, "timeout", workdir=inside)
        finally:
            os.close(report_w)
            with os.fdopen(report, "rb") as f:
                told = f.read()
        output = done.stdout.decode("utf-8", "surrogateescape")
        seconds = time.monotonic() - started
        if done.returncode != 0 or not told.isdigit():
            detail = f"the sandbox's init failed (status {done.returncode}): {output[-2000:]}"
            return RunResult(snippet, interpreter, "engine-error", detail=detail)
        status = int(told)
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            return RunResult(snippet, interpreter, "signal", output, signal=sig, seconds=seconds)
        code = os.WEXITSTATUS(status)
        return RunResult(
            snippet, interpreter, "exited", output, code=code, workdir=inside, seconds=seconds
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_batches(
    batches: dict[Interpreter, list[Snippet]],
    config: Config,
    pool: Pool | None = None,
    args: tuple[str, ...] = (),
) -> list[RunResult]:
    """Run each interpreter's snippets, with ``args`` after each script's
    name; interpreters run side by side."""
    work = [(i, s) for i, s in batches.items() if s]
    if not work:
        return []
    sandbox.check()
    if pool is None:
        with Pool() as own:
            return run_batches(batches, config, own, args)
    done = pool.map(lambda pair: _run_on(pair[0], pair[1], config, args, pool), work)
    return [result for batch in done for result in batch]


def run_all(
    snippets: Iterable[Snippet],
    interpreters: Iterable[Interpreter],
    config: Config,
    pool: Pool | None = None,
) -> list[RunResult]:
    """Run every snippet on every interpreter (in ``pool``'s warm children
    when one is given)."""
    snippets = list(snippets)
    return run_batches({i: snippets for i in interpreters}, config, pool)


def run_in_turn(
    snippets: Iterable[Snippet],
    interpreters: Iterable[Interpreter],
    config: Config,
    args: tuple[str, ...] = (),
    pool: Pool | None = None,
) -> list[RunResult]:
    """Run every snippet on every interpreter, one run at a time, each in a
    fork (or, on Pyodide, a worker) and with ``args`` after the script name.

    For snippets that time themselves: nothing else the engine starts
    competes with them for the processor.
    """
    snippets = list(snippets)
    sandbox.check()
    results: list[RunResult] = []
    for interpreter in interpreters:
        results.extend(_run_on(interpreter, snippets, config, args, pool))
    return results
