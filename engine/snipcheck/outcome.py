"""What one run's raw output becomes: the output a reader is shown, or the
reason there is none (a problem) and what to do about it.

One decision for every way a snippet runs: ``verify.observe`` makes it for
runs in the warm children of the host, ``inprocess.run`` for a run inside
the current interpreter (the Run buttons, in Pyodide in a reader's
browser), so that what a browser shows can be compared with a recording
character for character.  It starts nothing and reads no file; the
browser imports it, so it imports nothing that needs processes or the host.
"""

from __future__ import annotations

import os
import re
import signal as signals
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from . import masking, transcript
from .config import Config
from .recording import Output
from .snippets import Snippet


class Run(Protocol):
    """What one run of a snippet produced, unmasked (``runner.RunResult`` is one)."""

    @property
    def snippet(self) -> Snippet: ...

    @property
    def status(self) -> str: ...  # exited | signal | timeout | output-limit | engine-error

    @property
    def output(self) -> str: ...

    @property
    def code(self) -> int | None: ...

    @property
    def signal(self) -> int | None: ...

    @property
    def leftover(self) -> bool: ...

    @property
    def workdir(self) -> str: ...

    @property
    def detail(self) -> str: ...


@dataclass(frozen=True)
class Outcome:
    output: Output | None  # what a reader is shown; None when there is a problem
    problem: str = ""  # why the run is not recordable
    advice: str = ""  # for a problem: what to do next, naming the file


def decide(run: Run, config: Config, prefixes: Iterable[str] = ()) -> Outcome:
    """Mask a run and decide whether it is an output or a failure.
    ``prefixes`` are the interpreter's installation folders (masked)."""
    snippet = run.snippet
    problem, advice = run_problem(run, config)
    if problem:
        return Outcome(None, problem, advice)
    text = run.output
    if snippet.mode == "session":
        try:
            text = transcript.assemble(text, snippet.session_input())
        except transcript.TranscriptError as exc:
            advice = f"Then check it with: {config.command('verify', [snippet.path])}"
            return Outcome(None, str(exc), advice)
    text = masking.mask(text, run.workdir, config.masks, prefixes)
    return Outcome(Output(text, run.code or 0))


# Signals that mean the interpreter itself failed; any other signal that
# ends a run was sent on purpose, by the snippet or a process it started.
_CRASHES = {
    signals.SIGSEGV,
    signals.SIGBUS,
    signals.SIGILL,
    signals.SIGFPE,
    signals.SIGABRT,
    signals.SIGSYS,
    signals.SIGTRAP,
}


def run_problem(run: Run, config: Config) -> tuple[str, str]:
    """Why a run is not recordable, and what to do next; empty when it is."""
    undecodable = _not_utf8(run.output) if run.status == "exited" else ""
    if run.status == "exited" and not run.leftover and not undecodable:
        return "", ""  # first: advice needs paths and commands, which cost
    snippet = run.snippet
    path, check = os.path.relpath(snippet.path), config.command("verify", [snippet.path])
    limit = snippet.timeout or config.timeout
    if run.status == "timeout":
        return (
            f"did not finish within {limit:g} s and was stopped",
            f"If {path} needs longer, declare '# timeout: <seconds>' at its top; otherwise "
            f"make it finish. Then check it with: {check}",
        )
    if run.status == "output-limit":
        return (
            f"printed more than {config.max_output} bytes and was stopped",
            f"Make {path} print less, then check it with: {check}",
        )
    if run.status == "signal":
        return _ended_by(run.signal or 0, path, check)
    if run.status == "engine-error":
        return (
            f"no result came back from the warm child that ran it: {run.detail}",
            f"Check it again with: {check}. If it fails the same way, {path} ends or stops "
            "the process that runs it, which a snippet cannot do and be recorded",
        )
    if run.status != "exited":
        return (
            f"unexpected run status {run.status!r}",
            f"This is a bug in snipcheck, not in {path}: please report it",
        )
    if run.leftover:
        return (
            "left child processes running after it ended (they were killed)",
            f"Make {path} wait for every process it starts, then check it with: {check}",
        )
    return (
        f"printed bytes that are not UTF-8 ({undecodable}), which a page cannot show as text",
        f"Make {path} print text (for bytes: their repr() or .hex()), then check it with: {check}",
    )


def _ended_by(number: int, path: str, check: str) -> tuple[str, str]:
    """What a run that a signal ended is reported as, and what to do."""
    try:
        sig = signals.Signals(number)
    except ValueError:
        return f"was ended by signal {number}", f"Fix {path}, then check it with: {check}"
    fix = f"Fix {path}, then check it with: {check}"
    if sig in _CRASHES:
        return f"the interpreter crashed ({sig.name})", fix
    if sig == signals.SIGXCPU:
        return (
            "used up the processor time it is allowed and was stopped (SIGXCPU)",
            f"If {path} needs longer, declare '# timeout: <seconds>' at its top; "
            f"otherwise make it do less. Then check it with: {check}",
        )
    if sig == signals.SIGKILL:
        return (
            "was killed (SIGKILL), by itself, a process it started, or the system "
            "(when memory runs out)",
            fix,
        )
    if sig == signals.SIGINT:
        return (
            "was ended by SIGINT, as an uncaught KeyboardInterrupt ends CPython",
            f"Catch the KeyboardInterrupt in {path}; in a session, the interpreter prints "
            "it and goes on, but from CPython 3.14 it still ends with SIGINT at the end. "
            f"Then check it with: {check}",
        )
    return (
        f"was ended by {sig.name} ({signals.strsignal(sig)}), a signal that it or a process "
        "it started sent; it did not crash",
        f"A run ended by a signal is not recorded: handle the signal in {path}, or end it "
        f"with sys.exit(). Then check it with: {check}",
    )


_NOT_UTF8 = re.compile("[\udc80-\udcff]+")


def _not_utf8(text: str) -> str:
    """Where the output holds bytes that are not UTF-8, or "".  Output
    decoded with ``surrogateescape`` holds each such byte as a lone
    surrogate, which no recording (UTF-8) or page can hold."""
    found = _NOT_UTF8.search(text)
    if not found:
        return ""
    data = found.group().encode("utf-8", "surrogateescape")[:8]
    return f"{data!r} on line {text.count(chr(10), 0, found.start()) + 1}"
