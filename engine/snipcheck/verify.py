"""Compare runs with recordings, and build the recordings `record` writes."""

from __future__ import annotations

import datetime
import difflib
import os
import re
import signal as signals
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from . import masking, recording, runner, transcript
from .config import Config
from .interpreters import Interpreter
from .recording import Output, Recording
from .runner import RunResult
from .snippets import Snippet


@dataclass(frozen=True)
class Observation:
    """A run as a reader would see it: masked, and for sessions, a transcript."""

    snippet: Snippet
    label: str
    description: str
    output: Output | None  # None when the run produced nothing recordable
    problem: str = ""  # why the run is not recordable, or why it was skipped
    skipped: bool = False
    declined: bool = False  # skipped because the snippet says it cannot run there
    advice: str = ""  # for a problem: what to do next, naming the file


Status = Literal["passed", "failed", "skipped"]


@dataclass(frozen=True)
class Verdict:
    snippet: Snippet
    label: str
    status: Status
    message: str = ""
    changed: bool = False  # it ran as before, but printed something else


def observe(result: RunResult, config: Config) -> Observation:
    """Mask a run and decide whether it is an output or a failure."""
    snippet, interp = result.snippet, result.interpreter
    label, description = interp.label, interp.description
    if result.status == "skipped":
        declined = interp.runtime.name in snippet.not_on
        return Observation(snippet, label, description, None, result.detail, True, declined)
    problem, advice = run_problem(result, config)
    if problem:
        return Observation(snippet, label, description, None, problem, advice=advice)
    text = result.output
    if snippet.mode == "session":
        try:
            text = transcript.assemble(text, snippet.session_input())
        except transcript.TranscriptError as exc:
            advice = f"Then check it with: {config.command('verify', [snippet.path])}"
            return Observation(snippet, label, description, None, str(exc), advice=advice)
    text = masking.mask(text, result.workdir, config.masks, interp.prefixes)
    return Observation(snippet, label, description, Output(text, result.code or 0))


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


def run_problem(result: RunResult, config: Config) -> tuple[str, str]:
    """Why a run is not recordable, and what to do next; empty when it is."""
    snippet = result.snippet
    path, check = os.path.relpath(snippet.path), config.command("verify", [snippet.path])
    limit = snippet.timeout or config.timeout
    if result.status == "timeout":
        return (
            f"did not finish within {limit:g} s and was stopped",
            f"If {path} needs longer, declare '# timeout: <seconds>' at its top; otherwise "
            f"make it finish. Then check it with: {check}",
        )
    if result.status == "output-limit":
        return (
            f"printed more than {config.max_output} bytes and was stopped",
            f"Make {path} print less, then check it with: {check}",
        )
    if result.status == "signal":
        return _ended_by(result.signal or 0, path, check)
    if result.status == "engine-error":
        return (
            f"no result came back from the warm child that ran it: {result.detail}",
            f"Check it again with: {check}. If it fails the same way, {path} ends or stops "
            "the process that runs it, which a snippet cannot do and be recorded",
        )
    if result.status != "exited":
        return (
            f"unexpected run status {result.status!r}",
            f"This is a bug in snipcheck, not in {path}: please report it",
        )
    if result.leftover:
        return (
            "left child processes running after it ended (they were killed)",
            f"Make {path} wait for every process it starts, then check it with: {check}",
        )
    undecodable = _not_utf8(result.output)
    if undecodable:
        return (
            f"printed bytes that are not UTF-8 ({undecodable}), which a page cannot show as text",
            f"Make {path} print text (for bytes: their repr() or .hex()), "
            f"then check it with: {check}",
        )
    return "", ""


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


def _not_utf8(text: str) -> str:
    """Where the output holds bytes that are not UTF-8, or "".  Output
    decoded with ``surrogateescape`` holds each such byte as a lone
    surrogate, which no recording (UTF-8) or page can hold."""
    found = re.search("[\udc80-\udcff]+", text)
    if not found:
        return ""
    data = found.group().encode("utf-8", "surrogateescape")[:8]
    return f"{data!r} on line {text.count(chr(10), 0, found.start()) + 1}"


def failure(obs: Observation) -> str:
    """A run that cannot be recorded: the snippet, the interpreter, what
    happened and what to do next."""
    message = f"{obs.snippet.key} on {obs.description}: {obs.problem}"
    return f"{message}\n{obs.advice}" if obs.advice else message


def compare(obs: Observation, rec: Recording | None, config: Config) -> Verdict:
    """Is what the interpreter printed now what the recording says?"""
    snippet, label = obs.snippet, obs.label
    again = config.command("record", [snippet.path])
    where = f"{snippet.key} on {obs.description}"
    if obs.skipped:
        return Verdict(snippet, label, "skipped", f"{where}: {obs.problem}")
    if obs.output is None:
        return Verdict(snippet, label, "failed", failure(obs))
    if rec is None:
        return Verdict(
            snippet,
            label,
            "failed",
            f"{where}: {snippet.recording_path.name} does not exist yet.\nRecord it with: {again}",
        )
    expected = rec.outputs.get(label)
    if expected is None:
        return Verdict(
            snippet,
            label,
            "failed",
            f"{where}: the recording has no output for {label} "
            f"(it has {', '.join(rec.outputs) or 'none'}).\n"
            f"Record it with: {again}",
        )
    if rec.mode != snippet.mode:
        return Verdict(
            snippet,
            label,
            "failed",
            f"{where}: the snippet is in {snippet.mode} mode but was recorded in "
            f"{rec.mode} mode.\nRecord it again with: {again}",
        )
    if expected == obs.output:
        return Verdict(snippet, label, "passed")
    diff = "".join(
        difflib.unified_diff(
            _with_exit(expected).splitlines(keepends=True),
            _with_exit(obs.output).splitlines(keepends=True),
            f"recorded ({snippet.recording_path.name})",
            f"printed now by {obs.description}",
        )
    )
    return Verdict(
        snippet,
        label,
        "failed",
        f"{where}: the output differs from the recording.\n{diff}\n"
        f"If the new output is right, record it with: {again}",
        changed=True,
    )


def record_all_command(verdicts: list[Verdict], config: Config) -> str:
    """One command that re-records every snippet whose output changed, or ""."""
    changed = [v.snippet.path for v in verdicts if v.changed]
    return config.command("record", changed) if changed else ""


def _with_exit(out: Output) -> str:
    text = out.text if out.text.endswith("\n") or not out.text else out.text + "\n"
    return f"{text}[exit status {out.exit}]\n"


def updated(rec: Recording | None, snippet: Snippet, observations: list[Observation]) -> Recording:
    """The recording after these observations; other interpreters are kept."""
    new = Recording(
        snippet=f"{snippet.key}.py",
        mode=snippet.mode,
        recorded=rec.recorded if rec else "",
        interpreters=dict(rec.interpreters) if rec and rec.mode == snippet.mode else {},
        outputs=dict(rec.outputs) if rec and rec.mode == snippet.mode else {},
    )
    for obs in observations:
        if obs.output is not None:
            new.outputs[obs.label] = obs.output
            new.interpreters[obs.label] = obs.description
        elif obs.declined:
            # The snippet now says it cannot run there: its old output goes.
            new.outputs.pop(obs.label, None)
            new.interpreters.pop(obs.label, None)
    if rec is None or not new.same_content(rec):
        new = replace(new, recorded=datetime.date.today().isoformat())
    return new


def check(
    snippets: list[Snippet], interpreters: list[Interpreter], config: Config
) -> list[Verdict]:
    """Verdicts for every snippet on every interpreter, in that order.
    Each run is a fresh fork in a sealed sandbox (see runner.py)."""
    snippets = [s for s in snippets if s.mode != "measure"]  # the measure wing judges those
    recordings: dict[Path, Recording | recording.RecordingError | None] = {}

    def judge(obs: Observation) -> Verdict:
        path = obs.snippet.recording_path
        if path not in recordings:
            try:
                recordings[path] = recording.read(path, config.commands["record"])
            except recording.RecordingError as exc:
                recordings[path] = exc
        rec = recordings[path]
        if isinstance(rec, recording.RecordingError):
            return Verdict(obs.snippet, obs.label, "failed", str(rec))
        return compare(obs, rec, config)

    verdicts: dict[tuple[str, str], Verdict] = {}
    for result in runner.run_all(snippets, interpreters, config):
        verdicts[(result.snippet.key, result.interpreter.label)] = judge(observe(result, config))
    return [verdicts[(s.key, i.label)] for i in interpreters for s in snippets]


@dataclass(frozen=True)
class Recorded:
    written: int
    unchanged: int
    failed: int  # runs that cannot be recorded, and recordings that cannot be read


def record(
    snippets: list[Snippet],
    interpreters: list[Interpreter],
    config: Config,
    say: Callable[[str], None],
) -> Recorded:
    """Run the snippets (each run a fresh fork) and write what changed into
    their recordings; outputs of other interpreters are kept.  A run that
    cannot be recorded leaves that interpreter's earlier output in place."""
    by_snippet: dict[Path, list[Observation]] = {}
    for result in runner.run_all(snippets, interpreters, config):
        obs = observe(result, config)
        by_snippet.setdefault(obs.snippet.path, []).append(obs)
    written = unchanged = failed = 0
    template = config.commands["record"]
    for observations in by_snippet.values():
        snippet = observations[0].snippet
        for obs in observations:
            if obs.output is None and not obs.skipped:
                failed += 1
                say(f"NOT RECORDED {failure(obs)}")
        try:
            old = recording.read(snippet.recording_path, template)
        except recording.RecordingError as exc:
            say(f"NOT RECORDED {exc}")
            failed += 1
            continue
        new = updated(old, snippet, observations)
        if not new.outputs:
            continue
        if old is not None and new.same_content(old):
            unchanged += 1
            continue
        recording.write(snippet.recording_path, new, template)
        written += 1
        say(f"recorded {snippet.recording_path.relative_to(config.root)}")
    return Recorded(written, unchanged, failed)
