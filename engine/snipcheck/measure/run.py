"""Run measure snippets and judge them by their claims.

A measure snippet prints a table of numbers that changes on every run, so it
is judged by the claims it states, not by equality with a recording.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, replace

from .. import runner, runtimes, verify
from ..config import Config
from ..interpreters import Interpreter
from ..runner import RunResult
from ..snippets import Snippet, SnippetError
from . import store
from .table import Claim, MeasurementError, Table, parse_claim, parse_table, quick_check


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
    problem = verify.run_problem(result, config)[0]
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
            "(see snipcheck/measure/table.py for the format)",
        )
    return replace(base, output=result.output, checks=check_claims(snippet, table))


def measure(
    snippets: list[Snippet],
    interpreters: list[Interpreter],
    config: Config,
    quick: bool,
    pool: runner.Pool | None = None,
    together: bool = False,
) -> list[Judgement]:
    """Run every measure snippet on every interpreter, one run at a time; with
    ``quick``, the snippets' own small version (``--quick`` on the command
    line). Warm children come from ``pool`` when one is given.  With
    ``together``, interpreters run side by side, for a caller that judges
    nothing the machine's load can change (the test items: quick_problem)."""
    chosen = [s for s in snippets if s.mode == "measure"]
    for snippet in chosen:
        claims_of(snippet)  # an unreadable claim stops everything before any run
    args = ("--quick",) if quick else ()
    if together:
        batches = {interpreter: chosen for interpreter in interpreters}
        results = runner.run_batches(batches, config, pool, args)
    else:
        results = runner.run_in_turn(chosen, interpreters, config, args, pool)
    return [judge_measurement(r, config) for r in results]


def measure_and_record(
    found: list[Snippet],
    interpreters: list[Interpreter],
    config: Config,
    quick: bool,
    say: Callable[[str], None],
) -> int:
    """Measure these snippets on these interpreters, one interpreter at a
    time so that the machine's load is known per batch; unless ``quick``,
    write the new runs into each snippet's recording (runs that failed keep
    the earlier numbers) and redraw its plots.  Returns how many failed."""
    failed = 0
    new_runs: dict[str, dict[str, store.Run]] = {s.key: {} for s in found}
    machine = store.machine()
    for interp in interpreters:
        before = store.load_average()
        judgements = measure(found, [interp], config, quick)
        after = store.load_average()
        for j in judgements:
            status = "SKIPPED" if j.skipped else "PASSED" if j.passed else "FAILED"
            say(f"{status} ({j.seconds:.1f} s) {j.message()}")
            if j.skipped or quick:
                failed += not j.passed and not j.skipped
                continue
            if not j.passed:
                failed += 1
                say(f"  not recorded: the earlier measurement on {j.label} is kept\n")
                continue
            new_runs[j.snippet.key][j.label] = store.Run(
                label=j.label,
                interpreter=j.description,
                date=_now(),
                machine=machine,
                load=(before, after),
                seconds=round(j.seconds, 2),
                source_sha256=store.source_sha256(j.snippet),
                output=j.output,
            )
    if quick:
        say(f"{len(found)} snippets, quick version: {failed} failed")
        return failed
    written: list[Snippet] = []
    for snippet in found:
        if not new_runs[snippet.key]:
            continue
        try:
            old = store.read(snippet.measured_path, config.commands["measure"])
        except store.MeasuredError as exc:
            say(f"NOT RECORDED {exc}")
            failed += 1
            continue
        runs = dict(old.runs) if old else {}
        runs.update(new_runs[snippet.key])
        for runtime in snippet.not_on:  # the snippet now says it cannot run there
            runs = {k: v for k, v in runs.items() if not k.endswith(f"-{runtime}")}
        store.write(snippet.measured_path, store.Measured(snippet.key, runs))
        written.append(snippet)
        say(f"recorded {snippet.measured_path.relative_to(config.root)}")
    from . import plot  # matplotlib is needed only from here on

    drawn = plot.redraw(config, written, say)
    say(f"{len(written)} recordings written, {drawn} plots drawn, {failed} not recorded")
    return failed


def _now() -> str:
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    return now.isoformat().replace("+00:00", "Z")


def quick_problem(judgement: Judgement, config: Config) -> str:
    """What is wrong with the quick version of a measurement on one
    interpreter, or "": it must still run to a table, print the series and
    columns its full measurement printed, and keep its exact (size and
    memory) claims.  Timing claims are left to a full measurement."""
    snippet = judgement.snippet
    redo = config.command("measure", [snippet.path])
    if judgement.problem:
        return (
            f"{judgement.message()}\n\nThe quick version of this measurement no longer "
            f"runs to a table on {judgement.label}. Fix the snippet, then re-measure it with:\n"
            f"  {redo}"
        )
    try:
        recorded = store.read(snippet.measured_path, config.commands["measure"])
    except store.MeasuredError:
        recorded = None  # reported by recording_problems
    run = recorded.runs.get(judgement.label) if recorded else None
    checked = quick_check(
        parse_table(judgement.output), claims_of(snippet), run.table() if run else None
    )
    if checked.passed:
        return ""
    lines = "\n  ".join(checked.problems + checked.notes)
    return (
        f"{snippet.key} on {judgement.description}, quick version:\n  {lines}\n\n"
        "Sizes, memory and the shape of the table do not depend on the machine's load, "
        "so the snippet or CPython changed. If the new numbers are right, re-measure "
        f"with:\n  {redo}\nthen correct the claims in the snippet and the page that "
        "states them."
    )


def recording_problems(snippet: Snippet, here: dict[str, Interpreter], config: Config) -> list[str]:
    """What is wrong with a snippet's measurement recording and its plots:
    a run missing for an interpreter here or required, numbers measured
    from an earlier version of the code, a claim the recorded numbers fail,
    or a plot that is not what the numbers draw.

    A plot is judged by the checksum of its inputs it carries (see
    plot.is_current), without matplotlib: a hand edit of an SVG that keeps
    that checksum is not seen here.  tests/test_measurement.py redraws one
    committed plot and compares bytes, so that drawing stays reproducible."""
    from . import plot

    redo = config.command("measure", [snippet.path])
    try:
        data = store.read(snippet.measured_path, config.commands["measure"])
    except store.MeasuredError as exc:
        return [str(exc)]
    if data is None:
        return [f"{snippet.key} has not been measured yet; run: {redo}"]
    problems = []
    for label in sorted(set(here) | set(config.require), key=runtimes.version_key):
        runtime = here[label].runtime if label in here else runtimes.of_label(label)
        if label not in data.runs and runtime.runs(snippet) and runtime.name not in snippet.not_on:
            problems.append(f"no measurement on {label}; run: {redo}")
    source = store.source_sha256(snippet)
    for run in data.ordered():
        if run.source_sha256 != source:
            problems.append(
                f"the {run.label} numbers were measured with an earlier version of "
                f"{snippet.filename}; run: {redo}"
            )
        for claim, ok, detail in check_claims(snippet, run.table()):
            if not ok:
                problems.append(
                    f"on {run.label}, the recorded numbers fail {claim.text!r}: {detail}"
                )
    for figure in plot.figures(snippet, data):
        if not plot.is_current(figure):
            problems.append(
                f"{figure.path.name} is not what the recording draws; "
                f"run: {config.command('plot', [snippet.path])}"
            )
    return problems
