"""Compare runs with recordings, and build the recordings `record` writes."""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from . import outcome, recording, runner
from .config import Config
from .interpreters import Interpreter
from .outcome import run_problem as run_problem  # measure.run asks verify for it
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
    """Mask a run and decide whether it is an output or a failure (the
    decision is outcome.decide, which the Run buttons in the browser make
    too)."""
    snippet, interp = result.snippet, result.interpreter
    label, description = interp.label, interp.description
    if result.status == "skipped":
        declined = interp.runtime.name in snippet.not_on
        return Observation(snippet, label, description, None, result.detail, True, declined)
    shown = outcome.decide(result, config, interp.prefixes)
    return Observation(
        snippet, label, description, shown.output, shown.problem, advice=shown.advice
    )


def failure(obs: Observation) -> str:
    """A run that cannot be recorded: the snippet, the interpreter, what
    happened and what to do next."""
    message = f"{obs.snippet.key} on {obs.description}: {obs.problem}"
    return f"{message}\n{obs.advice}" if obs.advice else message


def stale_source(snippet: Snippet, rec: Recording) -> str:
    """Why a recording does not belong to the snippet as it is now, or ""."""
    if rec.made_from(snippet.source):
        return ""
    return (
        f"{snippet.filename} changed after {snippet.recording_path.name} was recorded "
        "(its checksum is not the one the recording keeps), so the recorded outputs may "
        "not be what it prints. It prints the same here; record it again to say so."
    )


def compare(obs: Observation, rec: Recording | None, config: Config) -> Verdict:
    """Is what the interpreter printed now what the recording says?"""
    snippet, label = obs.snippet, obs.label
    where = f"{snippet.key} on {obs.description}"

    def again() -> str:  # only a failure needs the command (paths cost)
        return config.command("record", [snippet.path])

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
            f"Record it with: {again()}",
        )
    expected = rec.outputs.get(label)
    if expected is None:
        return Verdict(
            snippet,
            label,
            "failed",
            f"{where}: the recording has no output for {label} "
            f"(it has {', '.join(rec.outputs) or 'none'}).\n"
            f"Record it with: {again()}",
        )
    if rec.mode != snippet.mode:
        return Verdict(
            snippet,
            label,
            "failed",
            f"{where}: the snippet is in {snippet.mode} mode but was recorded in "
            f"{rec.mode} mode.\nRecord it again with: {again()}",
        )
    if expected == obs.output:
        stale = stale_source(snippet, rec)
        if stale:
            again_text = f"\nRecord it with: {again()}"
            return Verdict(snippet, label, "failed", f"{where}: {stale}{again_text}", changed=True)
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
        f"If the new output is right, record it with: {again()}",
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
    return replace(new, source=recording.source_checksum(snippet.source))


def check(
    snippets: list[Snippet],
    interpreters: list[Interpreter],
    config: Config,
    pool: runner.Pool | None = None,
) -> list[Verdict]:
    """Verdicts for every snippet on every interpreter, in that order.
    Each run is a fresh fork in a sealed sandbox (see runner.py), from
    ``pool``'s warm children when one is given."""
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
    for result in runner.run_all(snippets, interpreters, config, pool):
        verdicts[(result.snippet.key, result.interpreter.label)] = judge(observe(result, config))
    return [verdicts[(s.key, i.label)] for i in interpreters for s in snippets if i.runtime.runs(s)]


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
        if old is not None and new.same_content(old) and new.source == old.source:
            unchanged += 1
            continue
        recording.write(snippet.recording_path, new, template)
        written += 1
        say(f"recorded {snippet.recording_path.relative_to(config.root)}")
    return Recorded(written, unchanged, failed)
