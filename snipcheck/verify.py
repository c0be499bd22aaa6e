"""Compare runs with recordings, and build the recordings `record` writes."""

from __future__ import annotations

import datetime
import difflib
import os
import re
import signal as signals
from dataclasses import dataclass, replace
from pathlib import Path

from . import masking, recording, runner, transcript
from .config import Config
from .interpreters import Interpreter
from .measurement import Claim, MeasurementError, Table, parse_claim, parse_table
from .recording import Output, Recording
from .runner import RunResult
from .snippets import Snippet, SnippetError


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


@dataclass(frozen=True)
class Verdict:
    snippet: Snippet
    label: str
    status: str  # passed | failed | skipped
    message: str = ""


def observe(result: RunResult, config: Config) -> Observation:
    """Mask a run and decide whether it is an output or a failure."""
    snippet, interp = result.snippet, result.interpreter
    label, description = interp.label, interp.description
    if result.status == "skipped":
        declined = interp.runtime.name in snippet.not_on
        return Observation(snippet, label, description, None, result.detail, True, declined)
    problem, advice = _problem(result, config)
    if problem:
        return Observation(snippet, label, description, None, problem, advice=advice)
    text = result.output
    if snippet.mode == "session":
        try:
            text = transcript.assemble(text, snippet.session_input())
        except transcript.TranscriptError as exc:
            advice = f"Then check it with: {verify_command(snippet)}"
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


def _problem(result: RunResult, config: Config) -> tuple[str, str]:
    """Why a run is not recordable, and what to do next; empty when it is."""
    snippet = result.snippet
    path, check = os.path.relpath(snippet.path), verify_command(snippet)
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


def record_command(snippet: Snippet) -> str:
    return f"make record ONLY={os.path.relpath(snippet.path)}"


def verify_command(snippet: Snippet) -> str:
    return f"make verify ONLY={os.path.relpath(snippet.path)}"


def failure(obs: Observation) -> str:
    """A run that cannot be recorded: the snippet, the interpreter, what
    happened and what to do next."""
    message = f"{obs.snippet.key} on {obs.description}: {obs.problem}"
    return f"{message}\n{obs.advice}" if obs.advice else message


def compare(obs: Observation, rec: Recording | None) -> Verdict:
    """Is what the interpreter printed now what the recording says?"""
    snippet, label = obs.snippet, obs.label
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
            f"{where}: {snippet.recording_path.name} does not exist yet.\n"
            f"Record it with: {record_command(snippet)}",
        )
    expected = rec.outputs.get(label)
    if expected is None:
        return Verdict(
            snippet,
            label,
            "failed",
            f"{where}: the recording has no output for {label} "
            f"(it has {', '.join(rec.outputs) or 'none'}).\n"
            f"Record it with: {record_command(snippet)}",
        )
    if rec.mode != snippet.mode:
        return Verdict(
            snippet,
            label,
            "failed",
            f"{where}: the snippet is in {snippet.mode} mode but was recorded in "
            f"{rec.mode} mode.\nRecord it again with: {record_command(snippet)}",
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
        f"If the new output is right, record it with: {record_command(snippet)}",
    )


def record_all_command(verdicts: list[Verdict]) -> str:
    """One command that re-records every snippet whose output changed, or ""."""
    changed = sorted(
        {
            os.path.relpath(v.snippet.path)
            for v in verdicts
            if "differs from the recording" in v.message
        }
    )
    return f"make record ONLY='{' '.join(changed)}'" if changed else ""


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
    snippets = [s for s in snippets if s.mode != "measure"]  # see measure() for those
    recordings: dict[Path, Recording | recording.RecordingError | None] = {}

    def judge(obs: Observation) -> Verdict:
        path = obs.snippet.recording_path
        if path not in recordings:
            try:
                recordings[path] = recording.read(path)
            except recording.RecordingError as exc:
                recordings[path] = exc
        rec = recordings[path]
        if isinstance(rec, recording.RecordingError):
            return Verdict(obs.snippet, obs.label, "failed", str(rec))
        return compare(obs, rec)

    verdicts: dict[tuple[str, str], Verdict] = {}
    for result in runner.run_all(snippets, interpreters, config):
        verdicts[(result.snippet.key, result.interpreter.label)] = judge(observe(result, config))
    return [verdicts[(s.key, i.label)] for i in interpreters for s in snippets]


# Measurements: a measure snippet prints a table of numbers that changes on
# every run, so it is judged by the claims it states, not by equality.


@dataclass(frozen=True)
class Judgement:
    snippet: Snippet
    label: str
    description: str
    output: str = ""
    problem: str = ""  # why there is no table to judge, or why it was skipped
    checks: tuple[tuple[Claim, bool, str], ...] = ()
    skipped: bool = False
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.problem and all(ok for _, ok, _ in self.checks)

    def message(self) -> str:
        where = f"{self.snippet.key} on {self.description}"
        if self.problem:
            return f"{where}: {self.problem}"
        lines = [f"{where}:"]
        for claim, ok, detail in self.checks:
            lines.append(f"  {'holds' if ok else 'FAILS'}: {claim.text}: {detail}")
        return "\n".join(lines)


def claims_of(snippet: Snippet) -> list[Claim]:
    """The snippet's claims, read; a claim that cannot be read names its line."""
    claims = []
    for number, text in snippet.claims:
        try:
            claims.append(parse_claim(text))
        except MeasurementError as exc:
            raise SnippetError(f"{snippet.path}:{number}: {exc}") from None
    return claims


def check_claims(snippet: Snippet, table: Table) -> tuple[tuple[Claim, bool, str], ...]:
    """Each claim with whether the table supports it and the numbers why."""
    checks = []
    for claim in claims_of(snippet):
        try:
            ok, detail = claim.check(table)
        except MeasurementError as exc:
            ok, detail = False, f"cannot be checked: {exc}"
        checks.append((claim, ok, detail))
    return tuple(checks)


def judge_measurement(result: RunResult, config: Config) -> Judgement:
    snippet, interp = result.snippet, result.interpreter
    base = Judgement(snippet, interp.label, interp.description, seconds=result.seconds)
    if result.status == "skipped":
        return replace(base, problem=result.detail, skipped=True)
    problem = _problem(result, config)[0]
    if not problem and result.code:
        problem = f"exited with status {result.code}; it printed:\n{result.output[-3000:]}"
    if problem:
        return replace(base, problem=problem, output=result.output)
    try:
        table = parse_table(result.output)
    except MeasurementError as exc:
        return replace(
            base,
            output=result.output,
            problem=f"its output is not a table of measurements: {exc}\n"
            "(see snipcheck/measurement.py for the format)",
        )
    return replace(base, output=result.output, checks=check_claims(snippet, table))


def measure(
    snippets: list[Snippet], interpreters: list[Interpreter], config: Config, quick: bool
) -> list[Judgement]:
    """Run every measure snippet on every interpreter, one run at a time; with
    ``quick``, the snippets' own small version (``--quick`` on the command line)."""
    chosen = [s for s in snippets if s.mode == "measure"]
    for snippet in chosen:
        claims_of(snippet)  # an unreadable claim stops everything before any run
    args = ("--quick",) if quick else ()
    results = runner.run_in_turn(chosen, interpreters, config, args)
    return [judge_measurement(r, config) for r in results]


def measure_command(paths: list[Path]) -> str:
    return f"make measure ONLY='{' '.join(sorted(os.path.relpath(p) for p in paths))}'"
